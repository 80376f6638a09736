using System.Globalization;
using Scanner.Core.Model;
using Scanner.Reporting.Writers;

namespace Scanner.Reporting.Fleet;

/// <summary>The fleet report as GitHub-flavoured Markdown (a job summary, a wiki page).</summary>
internal static class FleetMarkdownWriter
{
    public static void Write(FleetReport report, TextWriter output)
    {
        output.WriteLine("# ReadyScan fleet report");
        output.WriteLine();
        output.WriteLine(Inv($"{report.Repositories.Count} repositories, {report.Scanned} scanned · {report.FalseClaims} false claims · failing probes: {Severities(report.FailingAt)}"));
        output.WriteLine();
        output.WriteLine("## Most common failures");
        output.WriteLine();
        output.WriteLine("| Probe | Severity | Repositories | Title |");
        output.WriteLine("|---|---|---:|---|");
        foreach (var failure in report.MostCommon)
        {
            output.WriteLine(Inv($"| `{failure.ProbeId}` | {Name(failure.Severity)} | {failure.Repositories} | {MarkdownText.Escape(failure.Title)} |"));
        }

        output.WriteLine();
        output.WriteLine("## Worst repositories");
        output.WriteLine();
        output.WriteLine("| Repository | False claims | Critical | High | Medium | Low |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in report.Worst)
        {
            output.WriteLine(Inv($"| {MarkdownText.Escape(r.Name)} | {r.FalseClaims} | {r.FailingAt(Severity.Critical)} | {r.FailingAt(Severity.High)} | {r.FailingAt(Severity.Medium)} | {r.FailingAt(Severity.Low)} |"));
        }

        output.WriteLine();
        output.WriteLine("## Repositories");
        foreach (var r in report.Repositories)
        {
            output.WriteLine();
            output.WriteLine($"### {MarkdownText.Escape(r.Name)}");
            output.WriteLine();
            if (r.Error is { } error)
            {
                output.WriteLine($"Not scanned: {MarkdownText.Escape(error)}");
                continue;
            }

            output.WriteLine(Inv($"{r.FalseClaims} false claims · failing probes: {Severities(r.FailingAt)}"));
            output.WriteLine();
            output.WriteLine("Readiness: " + string.Join(" · ", r.Areas.Select(a => Inv($"{a.Area} {a.PercentText} ({a.Met} met, {a.Unmet} unmet, {a.Unknown} unknown)"))));
            foreach (var failure in r.Failing)
            {
                output.WriteLine($"- {Name(failure.Severity)} `{failure.ProbeId}`: {MarkdownText.Escape(failure.Title)}");
            }
        }
    }

    public static string Severities(Func<Severity, int> count) =>
        string.Join(", ", FleetReport.Severities.Select(s => Inv($"{count(s)} {Name(s)}")));

    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
