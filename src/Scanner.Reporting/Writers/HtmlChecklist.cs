using System.Text;
using Scanner.Checklist.Reconciliation;

namespace Scanner.Reporting.Writers;

/// <summary>The checklist as tables, one per file, in document order: each line with its status badge, reason and evidence.</summary>
internal static class HtmlChecklist
{
    private const string TableId = "checklist-table";

    public static void Write(StringBuilder html, ChecklistReport report)
    {
        if (report.Files.Count == 0)
        {
            html.Append("<p class=\"empty\">No checklist found (name one with <code>--checklist FILE</code>).</p>\n");
            return;
        }

        html.Append("<div class=\"filters\">");
        HtmlFindings.Select(html, TableId, "status", "Status", Enum.GetValues<LineStatus>().Where(s => report.Lines.Any(l => l.Status == s)).Select(ChecklistNames.Of));
        html.Append($"<span class=\"count\" id=\"{TableId}-count\"></span></div>\n");
        html.Append($"<table id=\"{TableId}\" data-filterable=\"true\"><thead><tr><th>Line</th><th>Status</th><th>Item, verdict and evidence</th></tr></thead>\n<tbody>\n");
        foreach (var file in report.Files)
        {
            html.Append($"<tr class=\"section\"><td colspan=\"3\">{HtmlText.Encode(file.Path)} · {HtmlText.N(file.Document.Items.Count)} lines · found by {HtmlText.Encode(file.FoundBy)}</td></tr>\n");
            var section = "";
            foreach (var line in report.Lines.Where(l => l.Item.File == file.Path))
            {
                var heading = ChecklistNames.Section(line.Item);
                if (heading != section && heading.Length > 0)
                {
                    section = heading;
                    html.Append($"<tr class=\"section\"><td colspan=\"3\">{HtmlText.Encode(heading)}</td></tr>\n");
                }

                WriteLine(html, line);
            }
        }

        html.Append("</tbody></table>\n");
        WriteStatements(html, report);
    }

    private static void WriteLine(StringBuilder html, ReconciledLine line)
    {
        var item = line.Item;
        var status = ChecklistNames.Of(line.Status);
        html.Append($"<tr data-row=\"true\" data-status=\"{status}\" id=\"line-{HtmlText.Encode(item.File)}-{HtmlText.N(item.Line)}\">");
        html.Append($"<td class=\"line mono\" title=\"{HtmlText.Encode(item.File)}:{HtmlText.N(item.Line)}\">L{HtmlText.N(item.Line)}</td>");
        html.Append($"<td class=\"status\"><span class=\"badge b-{status}\">{Label(line)}</span></td>");
        html.Append($"<td><span class=\"marker mono\">{HtmlText.Encode(item.Marker ?? ChecklistNames.Of(item.Claim))}</span> <span class=\"item-text\">{HtmlText.Encode(item.Text)}</span>");
        html.Append($"<div class=\"why\">verdict <b>{ChecklistNames.Of(line.Verdict)}</b>: {HtmlText.Encode(line.Reason)}</div>");
        if (line.Evidence.Count > 0)
        {
            html.Append("<ul class=\"evidence\">");
            foreach (var e in line.Evidence)
            {
                html.Append($"<li><span class=\"badge b-{Names.Of(e.Outcome)}\">{Names.Of(e.Outcome)}</span> <code class=\"loc\">{HtmlText.Encode(HtmlText.Where(e.Path, e.Line))}</code>{HtmlText.Encode(e.Message)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</td></tr>\n");
    }

    private static void WriteStatements(StringBuilder html, ChecklistReport report)
    {
        var contradictions = report.Contradictions.ToList();
        var summaries = report.Summaries.Where(s => !s.Agrees).ToList();
        if (contradictions.Count + summaries.Count == 0)
        {
            return;
        }

        html.Append("<h3 class=\"file\">The checklist contradicts itself</h3>\n<ul class=\"plain\">\n");
        foreach (var c in contradictions)
        {
            html.Append($"<li><code>{HtmlText.Encode(HtmlText.Where(c.File, c.Line))}</code> {ChecklistNames.Box(c)}, but says “{HtmlText.Encode(c.Phrase)}”: {HtmlText.Encode(c.Text)}</li>\n");
        }

        foreach (var s in summaries)
        {
            var unit = s.Kind.Contains("percent", StringComparison.Ordinal) ? "%" : "";
            html.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<li><code>{HtmlText.Encode(HtmlText.Where(s.File, s.Line))}</code> states “{HtmlText.Encode(s.Text)}”, but its boxes give {s.Actual:0.##}{unit}</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Label(ReconciledLine line) => line.Status switch
    {
        LineStatus.FalseClaim => "false claim",
        LineStatus.UnclaimedMet => "done, not ticked",
        LineStatus.NeedsReview => "needs review",
        LineStatus.NotApplicable => "n/a",
        LineStatus.Unverified when !line.MachineVerifiable => "unverifiable",
        _ => ChecklistNames.Of(line.Status),
    };
}
