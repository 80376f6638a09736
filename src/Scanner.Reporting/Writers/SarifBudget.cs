using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// Which results a SARIF run holds when there are more than the cap: errors first (false claims, failing critical
/// and high probes), then warnings, notes, and last the passes and not-applicable results of --sarif-passes; the
/// scan order within a level. Under the cap everything is kept.
/// </summary>
internal sealed class SarifBudget
{
    private readonly HashSet<object>? _kept;

    private SarifBudget(HashSet<object>? kept, int total)
    {
        _kept = kept;
        Total = total;
        Kept = kept?.Count ?? total;
    }

    public int Total { get; }

    public int Kept { get; }

    public int Omitted => Total - Kept;

    /// <summary>Whether the result made from this finding, checklist line, contradiction or summary is written.</summary>
    public bool Keeps(object result) => _kept is null || _kept.Contains(result);

    public static SarifBudget Plan(ScanReport report, bool includeNonFailures, int max)
    {
        var ranked = new List<(object Result, int Rank)>();
        foreach (var probe in report.Scan.Probes)
        {
            var rank = Rank(SarifRules.Level(probe.Probe.Severity));
            ranked.AddRange(probe.Findings.Where(f => includeNonFailures || f.Outcome == Outcome.Fail).Select(f => ((object)f, f.Outcome == Outcome.Fail ? rank : 0)));
        }

        var checklist = report.Checklist;
        ranked.AddRange(checklist.Lines.Where(l => l.Status == LineStatus.FalseClaim).Select(l => ((object)l, Rank("error"))));
        ranked.AddRange(checklist.Contradictions.Select(c => ((object)c, Rank("warning"))));
        ranked.AddRange(checklist.Summaries.Where(s => !s.Agrees).Select(s => ((object)s, Rank("note"))));
        if (ranked.Count <= max)
        {
            return new SarifBudget(null, ranked.Count);
        }

        var kept = ranked.OrderByDescending(r => r.Rank).Take(Math.Max(0, max)).Select(r => r.Result).ToHashSet(ReferenceEqualityComparer.Instance);
        return new SarifBudget(kept, ranked.Count);
    }

    private static int Rank(string level) => level switch
    {
        "error" => 3,
        "warning" => 2,
        "note" => 1,
        _ => 0,
    };
}
