using System.Text.Json;
using Scanner.Checklist.Reconciliation;
using Scanner.Reporting.Model;
using Scanner.Reporting.Writers;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    [Test]
    public void Write_SampleApp_ListsEveryAreaWithItsEvidenceScore()
    {
        var root = JsonDocument.Parse(Reports.Render("json", Reports.SampleApp)).RootElement;

        var areas = root.GetProperty("areas").EnumerateArray().ToList();
        Assert.That(areas.Select(a => a.GetProperty("area").GetString()), Is.EqualTo(Reports.SampleApp.Areas.Select(a => a.Area.ToString().ToLowerInvariant())));
        var security = areas.Single(a => a.GetProperty("area").GetString() == "security");
        var expected = Reports.SampleApp.Areas.Single(a => a.Area == Scanner.Checklist.Controls.ControlArea.Security);
        Assert.That(security.GetProperty("met").GetInt32(), Is.EqualTo(expected.Met));
        Assert.That(security.GetProperty("unmet").GetInt32(), Is.EqualTo(expected.Unmet));
        Assert.That(security.GetProperty("percent").GetInt32(), Is.EqualTo(expected.Percent));
        Assert.That(expected.Unmet, Is.GreaterThan(0), "the sample app's planted security problems must show in its score");
    }

    [Test]
    public void Write_SampleApp_CarriesTheContractFields()
    {
        var json = Render();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.That(root.GetProperty("schemaVersion").GetString(), Is.EqualTo("1.5"));
        Assert.That(root.GetProperty("tool").GetProperty("version").GetString(), Is.EqualTo("test"));
        Assert.That(root.GetProperty("target").GetProperty("path").GetString(), Is.EqualTo("fixtures/apps/express-api"));
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(findings, Is.Not.Empty);
        foreach (var finding in findings)
        {
            Assert.That(finding.GetProperty("probeId").GetString(), Is.Not.Empty);
            Assert.That(finding.GetProperty("outcome").GetString(), Is.AnyOf("pass", "fail", "not-applicable", "inconclusive"));
            Assert.That(finding.GetProperty("severity").GetString(), Is.Not.Empty);
            Assert.That(finding.GetProperty("message").GetString(), Is.Not.Empty);
            Assert.That(finding.GetProperty("fingerprint").GetString(), Has.Length.EqualTo(20));
            Assert.That(finding.TryGetProperty("location", out _), Is.True);
        }

        var located = findings.Where(f => f.GetProperty("location").ValueKind == JsonValueKind.Object).ToList();
        Assert.That(located.Select(f => f.GetProperty("outcome").GetString()), Does.Contain("pass").And.Contain("fail"));
    }

    [Test]
    public void Write_SameScanTwice_GivesTheSameBytes()
    {
        Assert.That(Render(), Is.EqualTo(Render()));
    }

    private static string Render()
    {
        var app = Path.Combine(RepoPaths.Fixtures, "apps", "express-api");
        var report = new ScanReport("fixtures/apps/express-api", Scans.Run(app), ChecklistReport.Empty);
        using var writer = new StringWriter();
        new JsonReportWriter().Write(report, writer);
        return writer.ToString();
    }
}
