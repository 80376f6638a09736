using System.Text;
using Scanner.Core.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// Every finding in one table, failures first, with filters by severity, outcome and probe (a few lines of the
/// page's own script hide rows; printing shows them all).
/// </summary>
internal static class HtmlFindings
{
    private const string TableId = "findings-table";

    private static readonly Outcome[] Order = [Outcome.Fail, Outcome.Inconclusive, Outcome.Pass, Outcome.NotApplicable];

    public static void Write(StringBuilder html, ScanResult scan)
    {
        var rows = Order
            .SelectMany(o => scan.Probes.OrderByDescending(p => p.Probe.Severity).SelectMany(p => p.Findings.Where(f => f.Outcome == o).Select(f => (p.Probe, Finding: f))))
            .ToList();
        if (rows.Count == 0)
        {
            html.Append("<p class=\"empty\">No findings: no probe ran.</p>\n");
            return;
        }

        html.Append("<div class=\"filters\">");
        Select(html, TableId, "severity", "Severity", Enum.GetValues<Severity>().Reverse().Select(Names.Of).Where(s => rows.Any(r => Names.Of(r.Probe.Severity) == s)));
        Select(html, TableId, "outcome", "Outcome", Order.Select(Names.Of).Where(o => rows.Any(r => Names.Of(r.Finding.Outcome) == o)));
        Select(html, TableId, "probe", "Probe", scan.Probes.Select(p => p.Probe.Id));
        html.Append($"<span class=\"count\" id=\"{TableId}-count\"></span></div>\n");
        html.Append($"<table id=\"{TableId}\" data-filterable=\"true\"><thead><tr><th>Outcome</th><th>Severity</th><th>Where</th><th>Probe and message</th></tr></thead>\n<tbody>\n");
        foreach (var (probe, finding) in rows)
        {
            var outcome = Names.Of(finding.Outcome);
            var severity = Names.Of(probe.Severity);
            html.Append($"<tr data-row=\"true\" data-severity=\"{severity}\" data-outcome=\"{outcome}\" data-probe=\"{HtmlText.Encode(probe.Id)}\">");
            html.Append($"<td class=\"status\"><span class=\"badge b-{outcome}\">{outcome}</span></td>");
            html.Append($"<td class=\"status\"><span class=\"badge b-{severity}\">{severity}</span></td>");
            html.Append($"<td class=\"line mono\">{HtmlText.Encode(HtmlText.Where(finding.Location?.Path, finding.Location?.Line ?? 0))}</td>");
            html.Append($"<td><code>{HtmlText.Encode(probe.Id)}</code> {HtmlText.Encode(finding.Message)}");
            if (finding.Suppression is { } suppression)
            {
                html.Append($" <span class=\"badge b-suppressed\">suppressed</span> <span class=\"why\">{HtmlText.Encode(suppression.Justification)}</span>");
            }

            if (!string.IsNullOrEmpty(finding.Evidence))
            {
                html.Append($"<pre class=\"snippet mono\">{HtmlText.Encode(finding.Evidence)}</pre>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    /// <summary>A filter drop-down over one data attribute of a table's rows; the empty value shows every row.</summary>
    public static void Select(StringBuilder html, string tableId, string name, string label, IEnumerable<string> values)
    {
        html.Append($"<label>{label} <select name=\"{name}\" data-filter-for=\"{tableId}\"><option value=\"\">all</option>");
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            html.Append($"<option value=\"{HtmlText.Encode(value)}\">{HtmlText.Encode(value)}</option>");
        }

        html.Append("</select></label>");
    }
}
