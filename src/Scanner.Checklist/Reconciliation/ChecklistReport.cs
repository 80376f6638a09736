using Scanner.Checklist.Parsing;

namespace Scanner.Checklist.Reconciliation;

/// <summary>Every checklist line judged, plus what the checklists say about themselves.</summary>
public sealed record ChecklistReport(IReadOnlyList<ChecklistFile> Files, IReadOnlyList<ReconciledLine> Lines)
{
    public static ChecklistReport Empty { get; } = new([], []);

    public IEnumerable<SummaryStatement> Summaries => Files.SelectMany(f => f.Document.Summaries);

    public IEnumerable<SelfContradiction> Contradictions => Files.SelectMany(f => f.Document.Contradictions);

    public int Count(LineStatus status) => Lines.Count(l => l.Status == status);

    /// <summary>Lines claimed done whose claim the evidence decided: confirmed, false, or needing review.</summary>
    public int ClaimsChecked => Lines.Count(l => l.Item.Claim == Claim.Done && l.Status is LineStatus.Confirmed or LineStatus.FalseClaim or LineStatus.NeedsReview);

    public int NotMachineVerifiable => Lines.Count(l => !l.MachineVerifiable);

    /// <summary>Each probe gap once, with the lines it left unknown, ordered by control id.</summary>
    public IReadOnlyList<(ProbeGap Gap, IReadOnlyList<ReconciledLine> Lines)> ProbeGaps =>
    [
        .. Lines.SelectMany(l => l.ProbeGaps.Select(g => (Gap: g, Line: l)))
            .GroupBy(x => x.Gap.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.First().Gap, (IReadOnlyList<ReconciledLine>)[.. g.Select(x => x.Line).Distinct()])),
    ];
}
