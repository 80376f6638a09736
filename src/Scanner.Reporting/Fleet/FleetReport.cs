using Scanner.Core.Model;

namespace Scanner.Reporting.Fleet;

/// <summary>
/// Many repositories' scans merged: each repository (by name), the failures most repositories share, and the
/// repositories in the worst state. Built only from the repositories, sorted, so the same reports in any order
/// and from any number of shards give the same report.
/// </summary>
public sealed record FleetReport(IReadOnlyList<FleetRepository> Repositories, IReadOnlyList<FleetFailure> MostCommon, IReadOnlyList<FleetRepository> Worst)
{
    public const int TopCount = 10;

    public static readonly Severity[] Severities = [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    public static FleetReport Build(IEnumerable<FleetRepository> repositories)
    {
        var sorted = repositories.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        var common = sorted.SelectMany(r => r.Failing)
            .GroupBy(f => f.ProbeId, StringComparer.Ordinal)
            .Select(g => g.First() with { Repositories = g.Count() })
            .OrderByDescending(f => f.Repositories).ThenByDescending(f => f.Severity).ThenBy(f => f.ProbeId, StringComparer.Ordinal)
            .Take(TopCount)
            .ToList();
        // Worst first: critical failures, then false claims (a checklist that lies), then high, medium, low failures.
        var worst = sorted.Where(r => r.Error is null && (r.Failing.Count > 0 || r.FalseClaims > 0))
            .OrderByDescending(r => r.FailingAt(Severity.Critical))
            .ThenByDescending(r => r.FalseClaims)
            .ThenByDescending(r => r.FailingAt(Severity.High))
            .ThenByDescending(r => r.FailingAt(Severity.Medium))
            .ThenByDescending(r => r.FailingAt(Severity.Low))
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .Take(TopCount)
            .ToList();
        return new FleetReport(sorted, common, worst);
    }

    public int Scanned => Repositories.Count(r => r.Error is null);

    public int FalseClaims => Repositories.Sum(r => r.FalseClaims);

    public int FailingAt(Severity severity) => Repositories.Sum(r => r.FailingAt(severity));
}
