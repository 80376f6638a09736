namespace Scanner.Checklist.Reconciliation;

/// <summary>The verdict on one control, the findings behind it, and a sentence saying why.</summary>
public sealed record ControlJudgement(string ControlId, Verdict Verdict, bool LowConfidenceOnly, IReadOnlyList<EvidenceItem> Evidence, string Reason)
{
    /// <summary>Set when the verdict is unknown because no probe checks the control for these stacks.</summary>
    public ProbeGap? Gap { get; init; }
}
