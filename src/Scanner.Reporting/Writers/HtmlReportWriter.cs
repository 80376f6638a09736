using System.Text;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;
using Scanner.Reporting.Model;
using Scanner.Reporting.Safety;

namespace Scanner.Reporting.Writers;

/// <summary>
/// One self-contained HTML page to share: headline counts, the readiness score per area as an SVG chart, the
/// checklist with status badges and evidence, every finding (filterable), the probes and what was passed over.
/// CSS, script and chart are inline and a Content-Security-Policy forbids any load, so it works offline and leaks
/// nothing when opened; it prints without the filters.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string Format => "html";

    public void Write(ScanReport report, TextWriter output)
    {
        // HTML-encoding leaves control characters raw; shown escaped, as the console shows them.
        report = ReportEscaping.Apply(ShareablePaths.Apply(report));
        var html = new StringBuilder(64 * 1024);
        var scan = report.Scan;
        var title = $"ReadyScan: {report.Target}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlAssets.ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<meta name=\"generator\" content=\"ReadyScan {HtmlText.Encode(scan.ToolVersion)}\">\n");
        html.Append($"<title>{HtmlText.Encode(title)}</title>\n<style>{HtmlAssets.Css}</style>\n<script>{HtmlAssets.Script}</script>\n</head>\n<body>\n");
        WriteHeader(html, report);
        html.Append("<main>\n");
        WriteCards(html, report);
        Panel(html, "areas", "Readiness by area",
            "Share of each area's controls that the evidence found met, out of those it could decide. Controls no probe checks yet are counted, never scored.",
            () => HtmlAreaChart.Write(html, report.Areas));
        Panel(html, "checklist", "Checklist",
            "Each line's claim judged against the evidence. A false claim is ticked, but the evidence says it is not done.",
            () => HtmlChecklist.Write(html, report.Checklist));
        Panel(html, "findings", "Findings", "Every piece of evidence the probes produced, failures first.", () => HtmlFindings.Write(html, scan));
        Panel(html, "probes", "Probes", "Each probe's answer and, where it failed, what to do.", () => WriteProbes(html, scan));
        if (scan.Notes.Count > 0)
        {
            Panel(html, "notes", "Passed over", "Paths the scan did not read, and why.", () => WriteNotes(html, scan));
        }

        html.Append("</main>\n");
        html.Append($"<footer>ReadyScan {HtmlText.Encode(scan.ToolVersion)} · read-only scan · every verdict carries its evidence</footer>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void WriteHeader(StringBuilder html, ScanReport report)
    {
        var scan = report.Scan;
        html.Append("<header class=\"top\"><h1><span class=\"brand\">ReadyScan</span> · ");
        html.Append($"<span id=\"target\">{HtmlText.Encode(report.Target)}</span></h1>\n<div class=\"meta\">");
        html.Append($"<span>{HtmlText.N(scan.FilesScanned)} files scanned</span><span>{HtmlText.N(scan.Probes.Count)} probes</span>");
        html.Append($"<span>{HtmlText.N(report.Checklist.Files.Count)} checklist(s), {HtmlText.N(report.Checklist.Lines.Count)} lines</span>");
        if (scan.Git.IsRepository)
        {
            html.Append($"<span>git <code id=\"head\">{HtmlText.Encode(scan.Git.Head ?? "no commits")}</code></span>");
        }

        html.Append($"<span>ReadyScan {HtmlText.Encode(scan.ToolVersion)}</span></div></header>\n");
    }

    private static void WriteCards(StringBuilder html, ScanReport report)
    {
        var c = report.Checklist;
        var probes = report.Scan.Probes;
        html.Append("<div class=\"cards\" id=\"summary\">\n");
        Card(html, "false-claims", c.Count(LineStatus.FalseClaim), "false claims", c.Count(LineStatus.FalseClaim) > 0 ? "bad" : "good");
        Card(html, "confirmed", c.Count(LineStatus.Confirmed), "confirmed claims", "good");
        Card(html, "unclaimed-met", c.Count(LineStatus.UnclaimedMet), "done, not ticked", "info");
        Card(html, "open", c.Count(LineStatus.Open), "open lines", c.Count(LineStatus.Open) > 0 ? "warn" : "neutral");
        Card(html, "unverified", c.Count(LineStatus.Unverified) + c.Count(LineStatus.NeedsReview), "unverified or to review", "neutral");
        Card(html, "probes-fail", probes.Count(p => p.Outcome == Outcome.Fail), "failing probes", probes.Any(p => p.Outcome == Outcome.Fail) ? "bad" : "good");
        Card(html, "probes-pass", probes.Count(p => p.Outcome == Outcome.Pass), "passing probes", "good");
        Card(html, "probes-other", probes.Count(p => p.Outcome is Outcome.Inconclusive or Outcome.NotApplicable), "inconclusive or n/a", "neutral");
        html.Append("</div>\n");
    }

    private static void Card(StringBuilder html, string id, int count, string label, string tone) =>
        html.Append($"<div class=\"card {tone}\" id=\"card-{id}\"><div class=\"n\">{HtmlText.N(count)}</div><div class=\"label\">{label}</div></div>\n");

    private static void Panel(StringBuilder html, string id, string title, string lead, Action body)
    {
        html.Append($"<section class=\"panel\" id=\"{id}\">\n<h2>{title}</h2>\n<p class=\"lead\">{lead}</p>\n");
        body();
        html.Append("</section>\n");
    }

    private static void WriteProbes(StringBuilder html, ScanResult scan)
    {
        html.Append("<table><thead><tr><th>Outcome</th><th>Probe</th><th>Summary</th></tr></thead>\n<tbody>\n");
        foreach (var probe in scan.Probes.OrderBy(p => Array.IndexOf([Outcome.Fail, Outcome.Inconclusive, Outcome.Pass, Outcome.NotApplicable], p.Outcome)))
        {
            var outcome = Names.Of(probe.Outcome);
            html.Append($"<tr><td class=\"status\"><span class=\"badge b-{outcome}\">{outcome}</span></td>");
            html.Append($"<td><code>{HtmlText.Encode(probe.Probe.Id)}</code> <span class=\"badge b-{Names.Of(probe.Probe.Severity)}\">{Names.Of(probe.Probe.Severity)}</span>");
            html.Append($"<div class=\"why\">{HtmlText.Encode(probe.Probe.Title)}</div></td><td>{HtmlText.Encode(probe.Summary)}");
            if (probe.Outcome == Outcome.Fail)
            {
                html.Append($"<div class=\"why\"><b>Fix:</b> {HtmlText.Encode(probe.Probe.Remediation)}</div>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteNotes(StringBuilder html, ScanResult scan)
    {
        html.Append("<ul class=\"plain\">\n");
        foreach (var note in scan.Notes)
        {
            html.Append($"<li><code>{HtmlText.Encode(note.Path.Length == 0 ? "." : note.Path)}</code> <b>{HtmlText.Encode(note.Kind)}</b>: {HtmlText.Encode(note.Message)}</li>\n");
        }

        html.Append("</ul>\n");
    }
}
