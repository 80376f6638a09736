using System.Globalization;
using System.Text;
using Scanner.Checklist.Readiness;

namespace Scanner.Reporting.Writers;

/// <summary>
/// The readiness score per area as an inline SVG bar chart: one bar per area, the share of decided controls that
/// are met, coloured by band; an area the evidence decided nothing in gets a dashed empty bar, not a zero.
/// </summary>
internal static class HtmlAreaChart
{
    private const int Width = 1000;
    private const int RowHeight = 40;
    private const int LabelWidth = 150;
    private const int BarWidth = 520;
    private const int BarHeight = 18;

    public static void Write(StringBuilder html, IReadOnlyList<AreaScore> areas)
    {
        if (areas.Count == 0)
        {
            html.Append("<p class=\"empty\">No area scores in this report.</p>\n");
            return;
        }

        var height = (areas.Count * RowHeight) + 8;
        html.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"area-chart\" role=\"img\" aria-labelledby=\"area-chart-title\" viewBox=\"0 0 {Width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        html.Append("<title id=\"area-chart-title\">Readiness score per area: controls met out of controls the evidence decided</title>\n");
        for (var i = 0; i < areas.Count; i++)
        {
            WriteRow(html, areas[i], 4 + (i * RowHeight));
        }

        html.Append("</svg>\n");
    }

    private static void WriteRow(StringBuilder html, AreaScore area, int top)
    {
        var name = AreaName(area);
        var barTop = top + ((RowHeight - BarHeight) / 2);
        var textY = barTop + 14;
        html.Append(CultureInfo.InvariantCulture, $"<g class=\"area\" data-area=\"{name.ToLowerInvariant()}\" data-percent=\"{(area.Percent is { } p ? p.ToString(CultureInfo.InvariantCulture) : "none")}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{textY}\">{name}</text>\n");
        if (area.Percent is { } percent)
        {
            var fill = percent >= 80 ? "fill-good" : percent >= 50 ? "fill-warn" : "fill-bad";
            var filled = Math.Max(percent == 0 ? 0 : 3, BarWidth * percent / 100);
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" x=\"{LabelWidth}\" y=\"{barTop}\" width=\"{BarWidth}\" height=\"{BarHeight}\" rx=\"4\"/>\n");
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"{fill}\" x=\"{LabelWidth}\" y=\"{barTop}\" width=\"{filled}\" height=\"{BarHeight}\" rx=\"4\"/>\n");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"pct\" x=\"{LabelWidth + BarWidth + 14}\" y=\"{textY}\">{percent}%</text>\n");
            html.Append(CultureInfo.InvariantCulture,
                $"<text class=\"sub\" x=\"{LabelWidth + BarWidth + 64}\" y=\"{textY}\">{area.Met} met, {area.Unmet} unmet{NotApplicable(area)} · {area.Unknown} of {area.Controls} unchecked</text>\n");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"none\" x=\"{LabelWidth}\" y=\"{barTop}\" width=\"{BarWidth}\" height=\"{BarHeight}\" rx=\"4\"/>\n");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"pct\" x=\"{LabelWidth + BarWidth + 14}\" y=\"{textY}\">n/a</text>\n");
            html.Append(CultureInfo.InvariantCulture,
                $"<text class=\"sub\" x=\"{LabelWidth + BarWidth + 64}\" y=\"{textY}\">nothing decided{NotApplicable(area)} · {area.Unknown} of {area.Controls} unchecked</text>\n");
        }

        html.Append("</g>\n");
    }

    private static string AreaName(AreaScore area) => area.Area.ToString();

    private static string NotApplicable(AreaScore area) =>
        area.NotApplicable == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {area.NotApplicable} n/a");
}
