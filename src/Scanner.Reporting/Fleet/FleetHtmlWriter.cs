using Scanner.Core.Model;
using Scanner.Reporting.Writers;

namespace Scanner.Reporting.Fleet;

/// <summary>The fleet report as one self-contained HTML page: no script, no external resource, every string escaped.</summary>
internal static class FleetHtmlWriter
{
    private const string Style = "body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;margin:1rem 0}"
        + "td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}td.n{text-align:right}.critical,.high{color:#b00020}";

    public static void Write(FleetReport report, TextWriter output)
    {
        output.WriteLine($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ReadyScan fleet report</title><style>{Style}</style></head><body>");
        output.WriteLine("<h1>ReadyScan fleet report</h1>");
        output.WriteLine($"<p>{HtmlText.N(report.Repositories.Count)} repositories, {HtmlText.N(report.Scanned)} scanned · {HtmlText.N(report.FalseClaims)} false claims · failing probes: {HtmlText.Encode(FleetMarkdownWriter.Severities(report.FailingAt))}</p>");
        output.WriteLine("<h2>Most common failures</h2>\n<table><tr><th>Probe</th><th>Severity</th><th>Repositories</th><th>Title</th></tr>");
        foreach (var f in report.MostCommon)
        {
            output.WriteLine($"<tr><td><code>{HtmlText.Encode(f.ProbeId)}</code></td><td class=\"{Name(f.Severity)}\">{Name(f.Severity)}</td><td class=\"n\">{HtmlText.N(f.Repositories)}</td><td>{HtmlText.Encode(f.Title)}</td></tr>");
        }

        output.WriteLine("</table>\n<h2>Worst repositories</h2>\n<table><tr><th>Repository</th><th>False claims</th><th>Critical</th><th>High</th><th>Medium</th><th>Low</th></tr>");
        foreach (var r in report.Worst)
        {
            output.WriteLine($"<tr><td>{HtmlText.Encode(r.Name)}</td>{Cells(r.FalseClaims, r.FailingAt(Severity.Critical), r.FailingAt(Severity.High), r.FailingAt(Severity.Medium), r.FailingAt(Severity.Low))}</tr>");
        }

        output.WriteLine("</table>\n<h2>Repositories</h2>");
        foreach (var r in report.Repositories)
        {
            WriteRepository(r, output);
        }

        output.WriteLine("</body></html>");
    }

    private static void WriteRepository(FleetRepository r, TextWriter output)
    {
        output.WriteLine($"<h3>{HtmlText.Encode(r.Name)}</h3>");
        if (r.Error is { } error)
        {
            output.WriteLine($"<p>Not scanned: {HtmlText.Encode(error)}</p>");
            return;
        }

        output.WriteLine($"<p>{HtmlText.N(r.FalseClaims)} false claims · failing probes: {HtmlText.Encode(FleetMarkdownWriter.Severities(r.FailingAt))}</p>");
        output.WriteLine("<table><tr><th>Area</th><th>Readiness</th><th>Met</th><th>Unmet</th><th>Unknown</th></tr>");
        foreach (var a in r.Areas)
        {
            output.WriteLine($"<tr><td>{HtmlText.Encode(a.Area)}</td><td class=\"n\">{a.PercentText}</td>{Cells(a.Met, a.Unmet, a.Unknown)}</tr>");
        }

        output.WriteLine("</table>");
        if (r.Failing.Count > 0)
        {
            output.WriteLine("<ul>" + string.Concat(r.Failing.Select(f => $"<li><span class=\"{Name(f.Severity)}\">{Name(f.Severity)}</span> <code>{HtmlText.Encode(f.ProbeId)}</code>: {HtmlText.Encode(f.Title)}</li>")) + "</ul>");
        }
    }

    private static string Cells(params int[] values) => string.Concat(values.Select(v => $"<td class=\"n\">{HtmlText.N(v)}</td>"));

    private static string Name(Severity severity) => FleetMarkdownWriter.Name(severity);
}
