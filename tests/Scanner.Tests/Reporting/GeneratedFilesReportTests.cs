using System.Text.Json;
using Scanner.Core.Model;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

public sealed class GeneratedFilesReportTests
{
    private static readonly string FakeKey = "sk_" + "live_" + "ReadyScanFixtureOnly1234567890";

    [Test]
    public void Build_CollectedStatic_CodeProbesSkipItSecretsProbesReadIt()
    {
        using var tree = Tree();

        var report = Reports.Build(tree.Root, "shop");

        var console = report.Scan.Probes.Single(p => p.Probe.Id == "js-no-console-log");
        var secrets = report.Scan.Probes.Single(p => p.Probe.Id == "secrets-none-hardcoded");
        Assert.Multiple(() =>
        {
            Assert.That(console.Outcome, Is.EqualTo(Outcome.Pass));
            Assert.That(console.Findings.Where(f => f.Outcome == Outcome.Fail), Is.Empty);
            Assert.That(secrets.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.Location?.Path), Does.Contain("staticfiles/js/config.js"));
        });
    }

    [Test]
    public void Render_GeneratedFiles_CountedAndListedInEveryTextReport()
    {
        using var tree = Tree();
        var report = Reports.Build(tree.Root, "shop");

        var json = JsonDocument.Parse(Reports.Render("json", report)).RootElement;
        var console = Reports.Render("console", report);
        var markdown = Reports.Render("markdown", report);

        const string line = "2 generated or vendored file(s) not judged by code probes (secrets probes read them): collected-static 2";
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("summary").GetProperty("filesGenerated").GetInt32(), Is.EqualTo(2));
            Assert.That(json.GetProperty("generated").EnumerateArray().Select(g => (g.GetProperty("path").GetString(), g.GetProperty("kind").GetString())),
                Is.EqualTo(new[] { ("staticfiles/admin/js/actions.js", "collected-static"), ("staticfiles/js/config.js", "collected-static") }));
            Assert.That(console, Does.Contain(line));
            Assert.That(markdown, Does.Contain(line.Replace("(s)", "\\(s\\)", StringComparison.Ordinal)).Or.Contain(line));
            Assert.That(markdown, Does.Contain("staticfiles/admin/js/actions.js"));
        });
    }

    [Test]
    public void Render_NoGeneratedFiles_JsonKeepsItsShape()
    {
        var json = JsonDocument.Parse(Reports.Render("json", Reports.SampleApp)).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(json.TryGetProperty("generated", out _), Is.False);
            Assert.That(json.GetProperty("summary").TryGetProperty("filesGenerated", out _), Is.False);
        });
    }

    private static TempTree Tree()
    {
        var tree = new TempTree();
        tree.Write("package.json", "{\"name\": \"shop\", \"dependencies\": {\"express\": \"4.19.2\"}}\n");
        tree.Write("src/server.js", "const express = require('express');\nmodule.exports = express();\n");
        tree.Write("staticfiles/admin/js/actions.js", "(function () {\n  console.log('actions ready');\n})();\n");
        tree.Write("staticfiles/js/config.js", $"window.config = {{\n  stripe: '{FakeKey}',\n}};\n");
        return tree;
    }
}
