namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// A control a line names that no probe checks for the stacks the repository (or the line) is about: "error-handling:
/// no probe covers Python". The line is unknown because of the tool, not because of the code, and the report says so.
/// </summary>
public sealed record ProbeGap(string ControlId, IReadOnlyList<string> Stacks)
{
    public string Key => $"{ControlId}|{string.Join(',', Stacks)}";
}
