using System.Xml.Linq;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

public sealed class JunitReportWriterTests
{
    [Test]
    public void Write_SampleApp_OneSuitePerChecklistAndOneForProbes()
    {
        var suites = Suites(Reports.Render("junit", Reports.SampleApp));

        Assert.That(suites.Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[] { "PRODUCTION_CHECKLIST.md", "probes" }));
        var probes = suites[1].Elements("testcase").ToList();
        Assert.That(probes, Has.Count.EqualTo(Reports.SampleApp.Scan.Probes.Count));
        Assert.That(probes.Count(c => c.Element("failure") is not null), Is.EqualTo(44));
        Assert.That((string?)suites[1].Attribute("failures"), Is.EqualTo("44"));
    }

    [Test]
    public void Write_SampleApp_OneCasePerChecklistLineWithFailuresForFalseClaimsAndOpenItems()
    {
        var report = Reports.SampleApp;
        var cases = Suites(Reports.Render("junit", report))[0].Elements("testcase")
            .Where(c => !((string)c.Attribute("classname")!).EndsWith("> statements", StringComparison.Ordinal)).ToList();

        Assert.That(cases.Select(c => (int)c.Attribute("line")!), Is.EqualTo(report.Checklist.Lines.Select(l => l.Item.Line)));
        var secrets = cases.Single(c => (int)c.Attribute("line")! == 6);
        Assert.That((string?)secrets.Element("failure")?.Attribute("type"), Is.EqualTo("false-claim"));
        Assert.That(secrets.Element("failure")!.Value, Does.Contain("src/lib/payments.js:4"));
        var rateLimit = cases.Single(c => (int)c.Attribute("line")! == 9);
        Assert.That((string?)rateLimit.Element("failure")?.Attribute("type"), Is.EqualTo("open"));
        var helmet = cases.Single(c => (int)c.Attribute("line")! == 7);
        Assert.That(helmet.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "system-out" }), "confirmed lines pass");
        Assert.That(cases.Count(c => c.Element("failure") is not null), Is.EqualTo(12), "10 false claims and 2 open lines");
    }

    [Test]
    public void Write_LineNamingNoControl_IsSkipped()
    {
        using var tree = new TempTree();
        tree.Write("LAUNCH_CHECKLIST.md", "# Launch\n- [x] Marketing copy signed off by legal\n- [ ] Console.log calls removed\n");

        var cases = Suites(Reports.Render("junit", Reports.Build(tree.Root, "t")))[0].Elements("testcase").ToList();

        var legal = cases.Single(c => (int)c.Attribute("line")! == 2);
        Assert.That((string?)legal.Element("skipped")?.Attribute("message"), Does.StartWith("not machine-verifiable"));
    }

    [Test]
    public void Write_ControlCharactersInChecklist_StillWritesWellFormedXml()
    {
        using var tree = new TempTree();
        tree.Write("PRODUCTION_CHECKLIST.md", "# Go live\n- [x] Backups \u0001 scheduled nightly\n");

        var xml = Reports.Render("junit", Reports.Build(tree.Root, "t"));

        Assert.That(() => XDocument.Parse(xml), Throws.Nothing);
        Assert.That(xml, Does.Contain("Backups \uFFFD scheduled"));
    }

    [Test]
    public void Write_SameScanTwice_GivesTheSameBytes()
    {
        Assert.That(Reports.Render("junit", Reports.SampleApp), Is.EqualTo(Reports.Render("junit", Reports.SampleApp)));
    }

    private static List<XElement> Suites(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        return [.. root.Elements("testsuite")];
    }
}
