namespace Scanner.Checklist.Parsing;

/// <summary>What a heading (or a list's lead-in) says about the marker lines under it.</summary>
internal enum ContextKind
{
    Neutral,
    Criteria,
    Claims,
}
