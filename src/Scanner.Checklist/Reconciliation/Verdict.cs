namespace Scanner.Checklist.Reconciliation;

/// <summary>What the evidence says about a checklist line, independent of what the line claims.</summary>
public enum Verdict
{
    Met,
    Unmet,
    Unknown,
    NotApplicable,
}
