using Scanner.Checklist.Controls;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;

namespace Scanner.Checklist.Readiness;

/// <summary>Judges every control of the catalog on the scan's evidence and counts the verdicts per area.</summary>
public static class ReadinessScorer
{
    public static IReadOnlyList<AreaScore> Score(ControlCatalog catalog, ScanResult scan)
    {
        var probes = scan.Probes.ToDictionary(p => p.Probe.Id, StringComparer.Ordinal);
        var verdicts = catalog.Controls.Select(c => (c.Area, ControlJudge.Judge(c, probes).Verdict)).ToList();
        return
        [
            .. Enum.GetValues<ControlArea>().Select(area =>
            {
                var inArea = verdicts.Where(v => v.Area == area).Select(v => v.Verdict).ToList();
                return new AreaScore(
                    area,
                    inArea.Count,
                    inArea.Count(v => v == Verdict.Met),
                    inArea.Count(v => v == Verdict.Unmet),
                    inArea.Count(v => v == Verdict.NotApplicable),
                    inArea.Count(v => v == Verdict.Unknown));
            }),
        ];
    }
}
