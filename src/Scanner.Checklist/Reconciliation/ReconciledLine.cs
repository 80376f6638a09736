using Scanner.Checklist.Matching;
using Scanner.Checklist.Parsing;

namespace Scanner.Checklist.Reconciliation;

/// <summary>One checklist line with the controls it names, the verdict of the evidence, and the resulting status.</summary>
public sealed record ReconciledLine(
    ChecklistItem Item,
    IReadOnlyList<ControlMatch> Controls,
    Verdict Verdict,
    LineStatus Status,
    IReadOnlyList<EvidenceItem> Evidence,
    string Reason)
{
    /// <summary>False when the line names no known control: it is reported, never guessed.</summary>
    public bool MachineVerifiable => Controls.Count > 0;
}
