namespace Scanner.Checklist.Parsing;

/// <summary>What a checklist line asserts about its own work.</summary>
public enum Claim
{
    Done,
    NotDone,
    Partial,
    NotApplicable,
}
