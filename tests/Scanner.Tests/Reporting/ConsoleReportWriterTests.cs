using Scanner.Reporting;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

public sealed class ConsoleReportWriterTests
{
    [Test]
    public void Write_ColorOn_PaintsOutcomesAndFalseClaims()
    {
        var text = Reports.Render("console", Reports.SampleApp, new ReportOptions { Color = true, Show = new HashSet<string>(["pass"]) });

        Assert.That(text, Does.Contain("\u001b[31mFAIL \u001b[0m").And.Contain("\u001b[32mPASS \u001b[0m"));
        Assert.That(text, Does.Contain("\u001b[1m\u001b[31mFALSE CLAIMS"));
    }

    [Test]
    public void Write_ColorOff_IsPlainTextEndingWithTheSummaryLine()
    {
        var text = Reports.Render("console", Reports.SampleApp);

        Assert.That(text, Does.Not.Contain("\u001b["));
        Assert.That(text.TrimEnd().Split('\n')[^1], Is.EqualTo("Summary: " + ReportSummary.Line(Reports.SampleApp)));
    }
}
