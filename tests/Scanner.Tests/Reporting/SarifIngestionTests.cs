using System.Text.Json;
using Scanner.Reporting;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

/// <summary>
/// Every SARIF the CLI writes for the bundled sample apps and for this repository, with and without
/// --sarif-passes, held to GitHub code scanning's ingestion rules (not only the schema): a result without a
/// location, an absolute path or a run over the limits would fail or lose the upload.
/// </summary>
[NonParallelizable]
public sealed class SarifIngestionTests
{
    private static readonly string[] Apps = ["aspnet-app", "express-api", "flask-app", "next-app"];

    public static IEnumerable<TestCaseData> Targets() =>
        Apps.Select(a => "fixtures/apps/" + a).Append(".")
            .SelectMany(t => new[] { false, true }.Select(passes => new TestCaseData(t, passes).SetArgDisplayNames(t, passes ? "passes" : "failures")));

    [TestCaseSource(nameof(Targets))]
    [CancelAfter(120_000)]
    public void Scan_AbsoluteTarget_SarifMeetsGitHubIngestionRules(string target, bool passes)
    {
        var root = Path.GetFullPath(Path.Combine(RepoPaths.Root, target));
        var sarif = Path.Combine(Path.GetTempPath(), $"readyscan-ingest-{Guid.NewGuid():N}.sarif");
        try
        {
            string[] args = ["scan", root, "--format", $"sarif={sarif}", "--fail-on", "never", .. passes ? new[] { "--sarif-passes" } : []];

            var result = Support.Cli.Run(args);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            var text = File.ReadAllText(sarif);
            Assert.That(GitHubSarifRules.Violations(text, RepoPaths.Root), Is.Empty);
        }
        finally
        {
            File.Delete(sarif);
        }
    }

    [Test]
    public void Violations_ResultWithoutLocation_IsReported()
    {
        const string sarif = """
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"r"}]}},"automationDetails":{"id":"x/"},
             "results":[{"ruleId":"r","message":{"text":"m"},"locations":[]}]}]}
            """;

        Assert.That(GitHubSarifRules.Violations(sarif), Has.Some.Contains("0 locations"));
    }

    [Test]
    public void Write_MoreResultsThanTheCap_KeepsErrorsFirstAndSaysHowManyWereLeftOut()
    {
        var report = Reports.SampleApp;

        var sarif = Reports.Render("sarif", report, new ReportOptions { SarifPasses = true, SarifMaxResults = 3 });

        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.That(results, Has.Count.EqualTo(3));
        Assert.That(results.Select(r => r.GetProperty("level").GetString()), Is.All.EqualTo("error"));
        var notes = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().Select(n => n.GetProperty("message").GetProperty("text").GetString()).ToList();
        Assert.That(notes, Has.One.Matches<string?>(n => n is not null && n.Contains(" results left out", StringComparison.Ordinal) && n.Contains("at most 3", StringComparison.Ordinal)));
    }

    [Test]
    public void Write_ProjectLevelFailure_IsLocatedAtTheFileThatShouldHoldTheFix()
    {
        var sarif = Reports.Render("sarif", Reports.Build(Path.Combine(RepoPaths.Root, "fixtures/apps/flask-app"), "fixtures/apps/flask-app"));

        using var doc = JsonDocument.Parse(sarif);
        var ci = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "ci-workflow-on-push-or-pr");
        Assert.That(ci.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(".github/workflows/ci.yml"));
        Assert.That(ci.GetProperty("properties").GetProperty("projectLevel").GetBoolean(), Is.True);
    }

    [Test]
    public void Scan_AbsoluteTargetAndChecklist_HtmlNamesNoAbsolutePath()
    {
        var root = Path.Combine(RepoPaths.Root, Reports.SampleTarget);
        var html = Path.Combine(Path.GetTempPath(), $"readyscan-abs-{Guid.NewGuid():N}.html");
        try
        {
            var result = Support.Cli.Run("scan", root, "--checklist", Path.Combine(root, "PRODUCTION_CHECKLIST.md"), "--format", $"html={html}", "--fail-on", "never");

            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(File.ReadAllText(html), Does.Not.Contain(RepoPaths.Root));
        }
        finally
        {
            File.Delete(html);
        }
    }
}
