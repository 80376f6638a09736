using Scanner.Checklist.Controls;
using Scanner.Checklist.Parsing;
using Scanner.Core.Model;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// Failures that <c>perLine</c> controls' probes placed on checklist lines, as judgements of those lines: the line
/// "Passwords hashed with bcrypt" is refuted by "no package.json declares bcrypt" found at that very line.
/// </summary>
internal sealed class LineJudges
{
    private readonly ILookup<(string Path, int Line), ControlJudgement> _byLine;

    private LineJudges(ILookup<(string Path, int Line), ControlJudgement> byLine) => _byLine = byLine;

    public static LineJudges From(ControlCatalog catalog, ScanResult scan)
    {
        var owners = catalog.Controls.Where(c => c.PerLine)
            .SelectMany(c => c.RefutedBy.Select(probe => (Probe: probe, Control: c.Id)))
            .GroupBy(o => o.Probe, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Control, StringComparer.Ordinal);
        var judgements = scan.Probes
            .Where(p => owners.ContainsKey(p.Probe.Id))
            .SelectMany(p => p.Findings.Where(f => f is { Outcome: Outcome.Fail, IsSuppressed: false, Location.Line: > 0 }).Select(f => (Probe: p, Finding: f)))
            .GroupBy(x => (x.Finding.Location!.Path, x.Finding.Location.Line))
            .SelectMany(g => g.GroupBy(x => owners[x.Probe.Probe.Id], StringComparer.Ordinal).Select(c => (g.Key, Judgement: Judgement(c.Key, [.. c]))));
        return new LineJudges(judgements.ToLookup(j => j.Key, j => j.Judgement));
    }

    public IEnumerable<ControlJudgement> For(ChecklistItem item) => _byLine[(item.File, item.Line)];

    private static ControlJudgement Judgement(string controlId, List<(ProbeResult Probe, Finding Finding)> failures)
    {
        var low = failures.TrueForAll(x => ControlJudge.IsLow(x.Probe, x.Finding));
        var evidence = failures.Select(x => EvidenceItem.Of(x.Finding)).ToList();
        var reason = $"refuted on this line by {string.Join("; ", failures.Select(x => $"{x.Finding.ProbeId}: {x.Finding.Message}"))}";
        return new ControlJudgement(controlId, Verdict.Unmet, low, evidence, reason);
    }
}
