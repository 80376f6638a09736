using Scanner.Reporting;
using Scanner.Reporting.Writers;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    [Test]
    public void Write_SampleApp_LeadsWithCountsThenFalseClaimsWithEvidenceLinks()
    {
        var md = Reports.Render("markdown", Reports.SampleApp);

        Assert.That(md, Does.StartWith("## ReadyScan: fixtures/apps/express-api\n\n**10 false claim(s)** · 5 confirmed · 3 done but not ticked · 2 open"));
        Assert.That(md, Does.Contain("Probes: 44 fail · 30 pass · 9 inconclusive · 143 not-applicable"));
        var falseClaims = md.IndexOf("### ❌ False claims (10)", StringComparison.Ordinal);
        Assert.That(falseClaims, Is.GreaterThan(0).And.LessThan(md.IndexOf("<details>", StringComparison.Ordinal)));
        Assert.That(md, Does.Contain("[`PRODUCTION_CHECKLIST.md#L6`](PRODUCTION_CHECKLIST.md#L6) **No hardcoded secrets in the codebase**"));
        Assert.That(md, Does.Contain("[`src/lib/payments.js#L4`](src/lib/payments.js#L4)"));
        Assert.That(md, Does.Contain("<details><summary><b>Open (2)</b></summary>"));
        Assert.That(md, Does.Contain("<details><summary><b>Failing probes (44)</b></summary>"));
    }

    [Test]
    public void Write_LinkBase_PrefixesEveryEvidenceLink()
    {
        var md = Reports.Render("markdown", Reports.SampleApp, new ReportOptions { LinkBase = "https://git.test/org/app/blob/abc/" });

        Assert.That(md, Does.Contain("(https://git.test/org/app/blob/abc/src/lib/payments.js#L4)"));
        Assert.That(md, Does.Not.Contain("](src/"));
    }

    [Test]
    public void Write_HugeReport_StaysUnderTheLimitAndSaysWhatItLeftOut()
    {
        using var tree = new TempTree();
        tree.Write("server.js", string.Concat(Enumerable.Range(0, 50).Select(i => $"console.log('request {i} handled by the orders service');\n")));
        tree.Write("PRODUCTION_CHECKLIST.md", string.Concat(Enumerable.Range(0, 400).Select(i => $"- [x] All console.log statements removed from module {i}\n")));

        var md = Reports.Render("markdown", Reports.Build(tree.Root, "big"));

        Assert.That(md.Length, Is.LessThan(MarkdownReportWriter.MaxLength));
        Assert.That(md, Does.Contain("Truncated to stay under 65000 characters"));
        Assert.That(md.TrimEnd(), Does.EndWith("</sub>"));
        Assert.That(CountOf(md, "<details>"), Is.EqualTo(CountOf(md, "</details>")), "every opened section is closed");
    }

    [Test]
    public void Write_ChecklistTextWithMarkup_IsEscaped()
    {
        using var tree = new TempTree();
        tree.Write("PRODUCTION_CHECKLIST.md", "- [ ] Remove `</details><script>x</script>` and [links](http://evil.test) from *pages*\n");

        var md = Reports.Render("markdown", Reports.Build(tree.Root, "t"));

        Assert.That(md, Does.Not.Contain("<script>").And.Not.Contain("](http://evil.test)"));
        Assert.That(CountOf(md, "</details>"), Is.EqualTo(CountOf(md, "<details>")));
    }

    [Test]
    public void Write_OpenBoxSayingDone_CallsItNotTicked()
    {
        using var tree = new TempTree();
        tree.Write("PRODUCTION_CHECKLIST.md", "# Launch\n- [ ] Rate limiting (already implemented)\n");

        var md = Reports.Render("markdown", Reports.Build(tree.Root, "t"));

        Assert.That(md, Does.Contain("not ticked, but says \"already implemented\""));
    }

    [Test]
    public void Write_SameScanTwice_GivesTheSameBytes()
    {
        Assert.That(Reports.Render("markdown", Reports.SampleApp), Is.EqualTo(Reports.Render("markdown", Reports.SampleApp)));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
