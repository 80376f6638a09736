using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;
using Scanner.Reporting;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

/// <summary>The default console report leads with what needs action and counts the rest.</summary>
public sealed class ConsoleNoiseTests
{
    [Test]
    public void Write_SampleApp_IsUnder160LinesAndListsEveryFalseClaimAndFailure()
    {
        var report = Reports.SampleApp;

        var console = Reports.Render("console", report);

        var lines = console.Split('\n');
        // A budget, not a figure: every failing probe is still named, advisory ones in one wrapped list, so the
        // report grows by a line for every few probes the catalogue adds (156 lines with 226 probes).
        Assert.That(lines.Length, Is.LessThan(160));
        foreach (var claim in report.Checklist.Lines.Where(l => l.Status == LineStatus.FalseClaim))
        {
            Assert.That(console, Does.Contain($"  {claim.Item.File}:{claim.Item.Line}  "), claim.Item.Text);
        }

        foreach (var probe in report.Scan.Probes.Where(p => p.Outcome == Outcome.Fail))
        {
            // Named as a word: "FAIL  id [high]", or in the advisory list "ADVICE (n): a · id · b".
            Assert.That(lines.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(probe.Probe.Id)}(?![\w-])")), probe.Probe.Id);
        }
    }

    [Test]
    public void Write_ShowPassAndNa_ListsThemInsteadOfCountingThem()
    {
        var report = Reports.SampleApp;

        var counted = Reports.Render("console", report);
        var listed = Reports.Render("console", report, new ReportOptions { Show = new HashSet<string>(["pass", "na"]) });

        var passing = report.Scan.Probes.First(p => p.Outcome == Outcome.Pass).Probe.Id;
        Assert.That(counted, Does.Not.Contain($" {passing} ").And.Contain("(--show pass,na,inconclusive lists them)"));
        Assert.That(listed, Does.Contain($"PASS  {passing} "));
    }
}
