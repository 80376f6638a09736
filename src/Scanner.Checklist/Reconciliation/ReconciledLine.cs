using Scanner.Checklist.Matching;
using Scanner.Checklist.Parsing;
using Scanner.Checklist.Text;

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
    /// <summary>Controls of the line that stayed unknown because no probe checks them for the stacks in question.</summary>
    public IReadOnlyList<ProbeGap> ProbeGaps { get; init; } = [];

    /// <summary>The parts of the line judged on their own: the files, pins, variables and statements it names.</summary>
    public IReadOnlyList<Qualifier> Qualifiers { get; init; } = [];

    /// <summary>False when the line names no known control: it is reported, never guessed.</summary>
    public bool MachineVerifiable => Controls.Count > 0 || Qualifiers.Count > 0;

    /// <summary>
    /// Stable identity of the line for code-scanning tools: built from the file and the line's text, not its number,
    /// so moving the line keeps it and rewording it makes a new one.
    /// </summary>
    public string Fingerprint => StableId.Of("checklist-line", Item.File, Item.Text);
}
