using System.Text.RegularExpressions;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    [Test]
    public void Write_SampleApp_IsOneFileThatLoadsNothing()
    {
        var html = Reports.Render("html", Reports.SampleApp);

        Assert.That(html, Does.Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
        // Checked on markup, not text: evidence lines may quote URLs, and text is escaped so it cannot form a tag.
        var loadingAttributes = Regex.Matches(html, @"<[a-zA-Z][^>]*\s(?:src|href|action|poster|srcset)\s*=\s*[""']?(?!#)[^""'\s>]*", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.That(loadingAttributes.Select(m => m.Value), Is.Empty);
        Assert.That(Regex.Matches(html, "<link", RegexOptions.None, TimeSpan.FromSeconds(5)), Is.Empty);
        var styles = string.Concat(Regex.Matches(html, "<style[^>]*>(.*?)</style>", RegexOptions.Singleline, TimeSpan.FromSeconds(5)).Select(m => m.Groups[1].Value));
        Assert.That(styles, Does.Not.Contain("url(").And.Not.Contain("@import"));
    }

    [Test]
    public void Write_SampleApp_HasTheChartTheChecklistAndTheFindings()
    {
        var report = Reports.SampleApp;
        var html = Reports.Render("html", report);

        Assert.That(Regex.Count(html, "<g class=\"area\""), Is.EqualTo(report.Areas.Count));
        var security = report.Areas.Single(a => a.Area == Scanner.Checklist.Controls.ControlArea.Security);
        Assert.That(html, Does.Contain($"data-area=\"security\" data-percent=\"{security.Percent}\""));
        Assert.That(Regex.Count(html, "<span class=\"badge b-false-claim\">false claim</span>"), Is.EqualTo(10));
        Assert.That(html, Does.Contain("<div class=\"card bad\" id=\"card-false-claims\"><div class=\"n\">10</div>"));
        Assert.That(Regex.Count(html, "<tr data-row=\"true\" data-severity="), Is.EqualTo(report.Scan.AllFindings.Count()));
    }

    [Test]
    public void Write_HostileChecklistText_IsEscaped()
    {
        using var tree = new TempTree();
        tree.Write("PRODUCTION_CHECKLIST.md", "- [x] Drop <script>alert(1)</script> from pages\n- [ ] Keep latency < 200ms & \"errors\" > 0\n");

        var html = Reports.Render("html", Reports.Build(tree.Root, "t"));

        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Contain("Keep latency &lt; 200ms &amp; &quot;errors&quot; &gt; 0"));
    }

    [Test]
    public void Write_SameScanTwice_GivesTheSameBytes()
    {
        Assert.That(Reports.Render("html", Reports.SampleApp), Is.EqualTo(Reports.Render("html", Reports.SampleApp)));
    }

    [Test]
    public void Render_InHeadlessChromium_RunsItsScriptWithoutErrorsAndShowsTheCounts()
    {
        HeadlessChromium.Find();
        using var tree = new TempTree();
        var page = tree.Write("report.html", Reports.Render("html", Reports.SampleApp));

        var dom = HeadlessChromium.Run(page, "--dump-dom");

        Assert.That(HeadlessChromium.ConsoleLines(dom), Is.Empty, "the page must not log errors or CSP refusals");
        Assert.That(dom.Stdout, Does.Contain("data-ready=\"true\""), "the page script ran to the end");
        Assert.That(Regex.Match(dom.Stdout, "<html[^>]*>").Value, Does.Not.Contain("data-errors"), "the page recorded no script error");
        var findings = Reports.SampleApp.Scan.AllFindings.Count();
        Assert.That(dom.Stdout, Does.Contain($"<span class=\"count\" id=\"findings-table-count\">showing {findings} of {findings}</span>"));
        Assert.That(dom.Stdout, Does.Contain("<span class=\"count\" id=\"checklist-table-count\">showing 21 of 21</span>"));
        Assert.That(dom.Stdout, Does.Contain("id=\"card-false-claims\"><div class=\"n\">10</div>"));
    }

    [Test]
    public void Render_InHeadlessChromium_TakesAScreenshot()
    {
        HeadlessChromium.Find();
        using var tree = new TempTree();
        var page = tree.Write("report.html", Reports.Render("html", Reports.SampleApp));
        var png = Path.Combine(tree.Root, "report.png");

        var result = HeadlessChromium.Run(page, $"--screenshot={png}");

        Assert.That(HeadlessChromium.ConsoleLines(result), Is.Empty);
        Assert.That(new FileInfo(png).Length, Is.GreaterThan(50_000), "a blank page compresses far smaller");
        var kept = Path.Combine(RepoPaths.Root, "artifacts", "html-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Copy(png, kept, overwrite: true);
        TestContext.AddTestAttachment(kept, "the sample app's HTML report as chromium renders it");
    }
}
