using System.Text.Json;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

public sealed class ChecklistCliTests
{
    private const string App = "fixtures/apps/express-api";

    /// <summary>One JSON scan of the sample app shared by the infrastructure cases, which only read it.</summary>
    private static readonly Lazy<List<JsonElement>> SampleLines = new(() => ChecklistLines(Support.Cli.Run("scan", App, "--format", "json", "--fail-on", "never")));

    [Test]
    public void Scan_SampleApp_NamesTheFalseTickAndTheForgottenDoneItemWithEvidence()
    {
        var lines = ChecklistLines(Support.Cli.Run("scan", App, "--format", "json", "--fail-on", "never"));

        var secrets = lines.Single(l => l.GetProperty("text").GetString() == "No hardcoded secrets in the codebase");
        Assert.That(secrets.GetProperty("status").GetString(), Is.EqualTo("false-claim"));
        Assert.That(Evidence(secrets), Does.Contain("src/lib/payments.js:4"));

        var csp = lines.Single(l => l.GetProperty("text").GetString() == "Content-Security-Policy configured");
        Assert.That(csp.GetProperty("claim").GetString(), Is.EqualTo("not-done"));
        Assert.That(csp.GetProperty("status").GetString(), Is.EqualTo("unclaimed-met"));
        Assert.That(Evidence(csp), Does.Contain("src/app.js:7"));

        var helmet = lines.Single(l => l.GetProperty("text").GetString() == "Helmet security headers enabled");
        Assert.That(helmet.GetProperty("status").GetString(), Is.EqualTo("confirmed"));

        var backups = lines.Single(l => l.GetProperty("text").GetString()!.StartsWith("Database backups", StringComparison.Ordinal));
        Assert.That(backups.GetProperty("status").GetString(), Is.EqualTo("unverified"));
        Assert.That(backups.GetProperty("evidence").GetArrayLength(), Is.EqualTo(0));
    }

    [TestCase("Database port not exposed to the internet", "false-claim", "docker-compose.yml:26")]
    [TestCase("Redis requires a password", "false-claim", "docker-compose.yml:34")]
    [TestCase("Rate limiting at the proxy (limit_req)", "false-claim", "nginx/nginx.conf:9")]
    [TestCase("Only TLS 1.2 and 1.3 accepted", "confirmed", "nginx/nginx.conf:7")]
    [TestCase("CI pipeline runs on every push and pull request", "confirmed", ".github/workflows/ci.yml:3")]
    [TestCase("npm audit runs in CI", "false-claim", ".github/workflows/ci.yml:23")]
    [TestCase("Restart policy on every service", "confirmed", "docker-compose.yml:47")]
    [TestCase("gzip compression", "unclaimed-met", "nginx/nginx.conf:5")]
    public void Scan_SampleAppInfrastructure_JudgesComposeWorkflowAndNginxClaims(string text, string status, string evidence)
    {
        var line = SampleLines.Value.Single(l => l.GetProperty("text").GetString() == text);
        Assert.That(line.GetProperty("status").GetString(), Is.EqualTo(status));
        Assert.That(Evidence(line), Does.Contain(evidence));
    }

    [Test]
    public void Scan_SampleAppTestsRunInCiButNoTestFiles_LeavesTheTestLineOpen()
    {
        var tests = SampleLines.Value.Single(l => l.GetProperty("text").GetString() == "Unit tests for the order routes");
        Assert.That(tests.GetProperty("status").GetString(), Is.EqualTo("open"));
    }

    [Test]
    public void Scan_SampleAppConsole_LeadsWithFalseClaimsAndSummarizes()
    {
        var result = Support.Cli.Run("scan", App);

        Assert.That(result.ExitCode, Is.EqualTo(1), "false claims fail the default gate");
        var falseAt = result.Stdout.IndexOf("FALSE CLAIMS", StringComparison.Ordinal);
        Assert.That(falseAt, Is.GreaterThan(0));
        Assert.That(falseAt, Is.LessThan(result.Stdout.IndexOf("ALREADY DONE", StringComparison.Ordinal)));
        Assert.That(result.Stdout, Does.Match(@"\d+ claims checked: \d+ confirmed, \d+ false, \d+ need review; \d+ items already done but unchecked"));
        Assert.That(result.Stdout, Does.Contain("PRODUCTION_CHECKLIST.md:6"));
    }

    [TestCase("never", 0)]
    [TestCase("false-claim", 1)]
    [TestCase("open", 1)]
    [TestCase("fail", 1)]
    public void Scan_FailOn_DrivesExitCode(string failOn, int expected)
    {
        Assert.That(Support.Cli.Run("scan", App, "--fail-on", failOn).ExitCode, Is.EqualTo(expected));
    }

    [Test]
    public void Scan_NoChecklist_JudgesNoLines()
    {
        var result = Support.Cli.Run("scan", App, "--no-checklist", "--format", "json");

        Assert.That(ChecklistLines(result), Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(1), "no checklist, no false claims, but the sample's committed live key is a critical security finding");
        Assert.That(result.Stderr, Does.Contain("gate failed: critical or high security finding: ").And.Not.Contain("false claim"));
    }

    [Test]
    public void Scan_ExplicitChecklistOutsideTarget_IsReadAndJudged()
    {
        using var tree = new TempTree();
        var list = tree.Write("my-list.md", "# Launch\n- [x] Containers run as non-root user\n");

        var result = Support.Cli.Run("scan", App, "--checklist", list, "--format", "json");

        var line = ChecklistLines(result).Single();
        Assert.That(line.GetProperty("status").GetString(), Is.EqualTo("false-claim"));
        Assert.That(Evidence(line), Does.Contain("Dockerfile:7"));
    }

    [Test]
    public void Scan_MissingChecklistFile_ExitsTwo()
    {
        var result = Support.Cli.Run("scan", App, "--checklist", "no-such-list.md");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("no such checklist: no-such-list.md"));
    }

    [Test]
    public void Init_ThenScan_TagsMatchExactlyAndTicksAreConfirmed()
    {
        using var tree = new TempTree();
        CopyDirectory(Path.Combine(RepoPaths.Root, App), tree.Root);
        File.Delete(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.md"));

        var init = Support.Cli.Run("init", tree.Root);
        var again = Support.Cli.Run("init", tree.Root);
        var scan = Support.Cli.Run("scan", tree.Root, "--format", "json");

        Assert.That(init.ExitCode, Is.EqualTo(0), init.Stderr);
        Assert.That(again.ExitCode, Is.EqualTo(2), "init never overwrites without --force");
        var markdown = File.ReadAllText(Path.Combine(tree.Root, "PRODUCTION_READINESS.md"));
        Assert.That(markdown, Does.Contain("- [x] ").And.Contain("<!-- readyscan: "));
        var lines = ChecklistLines(scan);
        Assert.That(lines.Select(l => l.GetProperty("matchedBy").GetString()), Has.All.Match("=tag$"));
        Assert.That(lines.Select(l => l.GetProperty("status").GetString()), Has.None.EqualTo("false-claim"));
        Assert.That(lines.Where(l => l.GetProperty("claim").GetString() == "done").Select(l => l.GetProperty("status").GetString()), Has.All.EqualTo("confirmed"));
    }

    private static List<JsonElement> ChecklistLines(CliResult result)
    {
        using var doc = JsonDocument.Parse(result.Stdout);
        return [.. doc.RootElement.GetProperty("checklist").EnumerateArray().Select(e => e.Clone())];
    }

    private static string Evidence(JsonElement line) => string.Join("\n", line.GetProperty("evidence").EnumerateArray()
        .Select(e => $"{e.GetProperty("path").GetString()}:{e.GetProperty("line").GetInt32()} {e.GetProperty("message").GetString()}"));

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
