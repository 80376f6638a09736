using System.Globalization;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;
using Scanner.Reporting.Model;

namespace Scanner.Reporting;

/// <summary>The one-line result a person reads last: the console report ends with it, and the CLI repeats it on stderr when no console report went to the terminal.</summary>
public static class ReportSummary
{
    public static string Line(ScanReport report)
    {
        var c = report.Checklist;
        var probes = report.Scan.Probes;
        var checklist = c.Files.Count == 0
            ? "no checklist"
            : $"{Plural(c.Count(LineStatus.FalseClaim), "false claim")}, {c.Count(LineStatus.Confirmed)} confirmed, {c.Count(LineStatus.Open)} open, " +
              $"{c.Count(LineStatus.UnclaimedMet)} done but unticked, {c.Count(LineStatus.Unverified) + c.Count(LineStatus.NeedsReview)} unverified";
        var outcomes = string.Join(", ", new[] { Outcome.Fail, Outcome.Pass, Outcome.Inconclusive, Outcome.NotApplicable }
            .Select(o => $"{probes.Count(p => p.Outcome == o)} {(o == Outcome.NotApplicable ? "n/a" : o.ToString().ToLowerInvariant())}"));
        return string.Create(CultureInfo.InvariantCulture, $"{checklist} · probes: {outcomes} · {Plural(report.Scan.FilesScanned, "file")} scanned");
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
