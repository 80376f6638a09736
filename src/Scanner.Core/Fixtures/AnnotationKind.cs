namespace Scanner.Core.Fixtures;

/// <summary><c>ruleid:</c> expects a Fail on the annotated line; <c>ok:</c> expects none there.</summary>
public enum AnnotationKind
{
    RuleId,
    Ok,
}
