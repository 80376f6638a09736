using System.Globalization;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;
using Scanner.Reporting.Model;
using Scanner.Reporting.Safety;

namespace Scanner.Reporting.Writers;

/// <summary>
/// Markdown for pull-request comments and CI job summaries: the headline counts, the false claims with links to
/// their evidence, then collapsible sections for everything else. Stays under <see cref="MaxLength"/> characters,
/// saying what it left out.
/// </summary>
public sealed class MarkdownReportWriter(ReportOptions options, int maxLength = MarkdownReportWriter.MaxLength) : IReportWriter
{
    public const int MaxLength = 65_000;

    private const int MaxEvidence = 10;

    private static readonly (LineStatus Status, string Title)[] Collapsed =
    [
        (LineStatus.Open, "Open"),
        (LineStatus.UnclaimedMet, "Done, but not ticked"),
        (LineStatus.NeedsReview, "Needs review (only low-confidence evidence)"),
        (LineStatus.Unverified, "Ticked, but nothing can verify it"),
        (LineStatus.Confirmed, "Confirmed by evidence"),
        (LineStatus.NotApplicable, "Not applicable"),
    ];

    public string Format => "markdown";

    public void Write(ScanReport report, TextWriter output)
    {
        // The writer's one escaping step: below it, every string from the repository is free of control characters.
        report = ReportEscaping.Apply(report);
        var md = new MarkdownBudget(maxLength);
        WriteHeadline(md, report);
        var falseClaims = report.Checklist.Lines.Where(l => l.Status == LineStatus.FalseClaim).ToList();
        if (falseClaims.Count > 0)
        {
            md.Frame($"\n### ❌ False claims ({N(falseClaims.Count)})\n\nTicked in the checklist, but the evidence says otherwise.\n\n");
            falseClaims.ForEach(l => md.Item(Line(l)));
        }

        WriteStatements(md, report.Checklist);
        var failing = report.Scan.Probes.Where(p => p.Outcome == Outcome.Fail).ToList();
        Details(md, $"Failing probes ({N(failing.Count)})", failing, Probe);
        foreach (var (status, title) in Collapsed)
        {
            var lines = report.Checklist.Lines.Where(l => l.Status == status).ToList();
            Details(md, $"{title} ({N(lines.Count)})", lines, Line);
        }

        foreach (var outcome in new[] { Outcome.Inconclusive, Outcome.Pass, Outcome.NotApplicable })
        {
            var probes = report.Scan.Probes.Where(p => p.Outcome == outcome).ToList();
            Details(md, $"Probes: {Names.Of(outcome)} ({N(probes.Count)})", probes, Probe);
        }

        Details(md, $"Passed over ({N(report.Scan.Notes.Count)})", [.. report.Scan.Notes],
            n => $"- {MarkdownText.Escape(n.Path.Length == 0 ? "." : n.Path)}: {MarkdownText.Escape(n.Kind)}, {MarkdownText.Escape(n.Message)}\n");
        Details(md, $"Generated or vendored, not judged by code probes ({N(report.Scan.Generated.Count)})", [.. report.Scan.Generated],
            g => $"- {MarkdownText.Escape(g.Path)}: {MarkdownText.Escape(g.Kind)}\n");
        if (md.Omitted > 0)
        {
            md.Frame($"\n> [!NOTE]\n> Truncated to stay under {N(maxLength)} characters: {N(md.Omitted)} more item(s) not shown. " +
                "The JSON, SARIF and HTML reports list everything.\n");
        }

        md.Frame($"\n<sub>ReadyScan {MarkdownText.Escape(report.Scan.ToolVersion)} · every verdict links to its evidence</sub>\n");
        output.Write(md.ToString());
    }

    private void WriteHeadline(MarkdownBudget md, ScanReport report)
    {
        var scan = report.Scan;
        var c = report.Checklist;
        md.Frame($"## ReadyScan: {MarkdownText.Escape(report.Target)}\n\n");
        if (c.Files.Count > 0)
        {
            md.Frame($"**{N(c.Count(LineStatus.FalseClaim))} false claim(s)** · {N(c.Count(LineStatus.Confirmed))} confirmed · " +
                $"{N(c.Count(LineStatus.UnclaimedMet))} done but not ticked · {N(c.Count(LineStatus.Open))} open · " +
                $"{N(c.Count(LineStatus.NeedsReview))} need review · {N(c.Count(LineStatus.Unverified))} unverifiable " +
                $"({N(c.Lines.Count)} lines in {string.Join(", ", c.Files.Select(f => MarkdownText.Link(f.Path, 0, options.LinkBase)))})\n\n");
        }
        else
        {
            md.Frame("No checklist found (name one with `--checklist FILE`).\n\n");
        }

        var counts = string.Join(" · ", new[] { Outcome.Fail, Outcome.Pass, Outcome.Inconclusive, Outcome.NotApplicable }
            .Select(o => $"{N(scan.Probes.Count(p => p.Outcome == o))} {Names.Of(o)}"));
        var head = scan.Git.Head is { Length: > 0 } sha ? $" at `{sha[..Math.Min(10, sha.Length)]}`" : "";
        md.Frame($"Probes: {counts} · {N(scan.FilesScanned)} files scanned{head}\n");
        if (scan.Generated.Count > 0)
        {
            md.Frame($"\n{MarkdownText.Escape(GeneratedFiles.Line(scan.Generated))}\n");
        }

    }

    private void WriteStatements(MarkdownBudget md, ChecklistReport checklist)
    {
        var contradictions = checklist.Contradictions.ToList();
        var summaries = checklist.Summaries.Where(s => !s.Agrees).ToList();
        if (contradictions.Count + summaries.Count == 0)
        {
            return;
        }

        md.Frame($"\n### ⚠️ The checklist contradicts itself ({N(contradictions.Count + summaries.Count)})\n\n");
        contradictions.ForEach(x => md.Item(
            $"- {MarkdownText.Link(x.File, x.Line, options.LinkBase)} {ChecklistNames.Box(x)}, but says \"{MarkdownText.Escape(x.Phrase)}\": {MarkdownText.Escape(x.Text)}\n"));
        summaries.ForEach(s => md.Item(string.Create(CultureInfo.InvariantCulture,
            $"- {MarkdownText.Link(s.File, s.Line, options.LinkBase)} states \"{MarkdownText.Escape(s.Text)}\", but its boxes give {s.Actual:0.##}{(s.Kind.Contains("percent", StringComparison.Ordinal) ? "%" : "")}\n")));
    }

    private static void Details<T>(MarkdownBudget md, string summary, List<T> items, Func<T, string> render)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Frame($"\n<details><summary><b>{summary}</b></summary>\n\n");
        items.ForEach(i => md.Item(render(i)));
        md.Frame("\n</details>\n");
    }

    private string Line(ReconciledLine line)
    {
        var item = line.Item;
        var text = $"- {MarkdownText.Link(item.File, item.Line, options.LinkBase)} **{MarkdownText.Escape(item.Text)}**  \n  {MarkdownText.Escape(line.Reason)}\n";
        var evidence = line.Evidence.Take(MaxEvidence).Select(e => $"  - {Icon(e.Outcome)} {MarkdownText.Link(e.Path, e.Line, options.LinkBase)} {MarkdownText.Escape(e.Message)}\n");
        var more = line.Evidence.Count > MaxEvidence ? $"  - … and {N(line.Evidence.Count - MaxEvidence)} more\n" : "";
        return text + string.Concat(evidence) + more;
    }

    private string Probe(ProbeResult probe)
    {
        var text = $"- **{probe.Probe.Id}** ({Names.Of(probe.Probe.Severity)}) {MarkdownText.Escape(probe.Probe.Title)}: {MarkdownText.Escape(probe.Summary)}\n";
        var shown = probe.Findings.Where(f => f.Outcome == probe.Outcome && f.Location is { Path.Length: > 0 } && f.Location.Path != ".").ToList();
        var findings = shown.Take(MaxEvidence).Select(f =>
            $"  - {MarkdownText.Link(f.Location!.Path, f.Location.Line, options.LinkBase)} {MarkdownText.Escape(f.Message)}{(f.IsSuppressed ? $" _(suppressed: {MarkdownText.Escape(f.Suppression!.Justification)})_" : "")}\n");
        var more = shown.Count > MaxEvidence ? $"  - … and {N(shown.Count - MaxEvidence)} more\n" : "";
        var fix = probe.Outcome == Outcome.Fail ? $"  - fix: {MarkdownText.Escape(probe.Probe.Remediation, keepCode: true)}\n" : "";
        return text + string.Concat(findings) + more + fix;
    }

    private static string Icon(Outcome outcome) => outcome switch
    {
        Outcome.Fail => "❌",
        Outcome.Pass => "✅",
        _ => "❔",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
