using System.Text.Json;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>The secrets and git options of <c>readyscan scan</c>, end to end through the real binary.</summary>
public sealed class SecretsCliTests
{
    private const string Secret = "xoxb-738194025617-2950417863021-ReadyScanFakeCliHistoryQ7";

    [Test]
    public void Scan_History_ReportsCommitDateAndPathOfRemovedSecretAndEnvFile()
    {
        using var repo = new GitRepo();
        var added = repo.Commit("notify", ("ops/notify.py", $"SLACK = '{Secret}'\n"), (".env.production", "LOG_LEVEL=warn\n"));
        repo.Commit("move to env", ("ops/notify.py", "SLACK = os.environ['SLACK']\n"), (".env.production", null));

        var result = Support.Cli.Run("scan", repo.Root, "--history", "--format", "json", "--no-checklist", "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout + result.Stderr, Does.Not.Contain(Secret));
        var fails = Fails(result.Stdout);
        Assert.That(fails, Does.Contain(("secrets-none-hardcoded", "ops/notify.py", 1)));
        Assert.That(fails, Does.Contain(("git-secret-files-untracked", ".env.production", 0)));
        Assert.That(result.Stdout, Does.Contain($"committed in {added[..10]} (2024-05-01) and removed later"));
    }

    [Test]
    public void Scan_SinceUnknownRevision_IsAUsageError()
    {
        using var repo = new GitRepo();
        repo.Commit("one", ("a.txt", "a\n"));

        var result = Support.Cli.Run("scan", repo.Root, "--since", "v9.9.9");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.Trim(), Is.EqualTo("readyscan: --since v9.9.9: no such revision in this repository"));
    }

    [Test]
    public void Scan_Baseline_ReportsOnlyNewFindings()
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", "const key = 'sk_live_ReadyScanFakeBaselineCli77x';\n");
        var report = Path.Combine(tree.Root, "..", Path.GetFileName(tree.Root) + "-baseline.json");
        var first = Support.Cli.Run("scan", tree.Root, "--only", "secrets-none-hardcoded", "--no-checklist", "--format", "json", "--output", report, "--fail-on", "fail");
        tree.Write("src/pay.js", "// moved\nconst key = 'sk_live_ReadyScanFakeBaselineCli77x';\n");

        var again = Support.Cli.Run("scan", tree.Root, "--only", "secrets-none-hardcoded", "--no-checklist", "--baseline", report, "--fail-on", "fail", "--show", "pass");
        File.Delete(report);

        Assert.That(first.ExitCode, Is.EqualTo(1), first.Stderr);
        Assert.That(again.ExitCode, Is.EqualTo(0), again.Stderr + again.Stdout);
        Assert.That(again.Stdout, Does.Contain("[suppressed: in the baseline report: not a new finding]"));
    }

    [Test]
    public void Scan_BaselineThatIsNotAReport_IsAUsageError()
    {
        using var tree = new TempTree();
        var bogus = tree.Write("baseline.json", "{ \"not\": \"a report\" }");

        var result = Support.Cli.Run("scan", tree.Root, "--baseline", bogus);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("not a ReadyScan JSON report"));
    }

    [Test]
    public void Scan_Verbose_ExplainsEverySuppressionDecisionWithoutTheValue()
    {
        using var tree = new TempTree();
        tree.Write(".env.example", "API_KEY=your-api-key\n");
        tree.Write("src/ids.js", "const clientSecret = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';\n");
        tree.Write("tests/pay.spec.js", "const key = 'sk_live_ReadyScanFakeVerboseSpec55';\n");
        tree.Write("yarn.lock", "left-pad@1.3.0:\n  integrity sha512-ReadyScanFakeLockHash==\n");

        var result = Support.Cli.Run("scan", tree.Root, "--only", "secrets-none-hardcoded", "--no-checklist", "-v", "--fail-on", "never");

        Assert.That(result.Stderr, Does.Contain(".env.example:1: generic-assignment-unquoted candidate not reported: placeholder marker 'your'"));
        Assert.That(result.Stderr, Does.Contain("src/ids.js:1: generic-assignment candidate not reported: a UUID"));
        Assert.That(result.Stderr, Does.Contain("tests/pay.spec.js:1: stripe-secret-key reported at Low confidence: in test code or fixtures"));
        Assert.That(result.Stderr, Does.Contain("yarn.lock: not searched for secrets: lock file"));
        Assert.That(result.Stderr + result.Stdout, Does.Not.Contain("ReadyScanFakeVerboseSpec55").And.Not.Contain("3f2504e0-4f89"));
    }

    [Test]
    public void Scan_TickedSecretsLinesThatAreFalse_AreFalseClaimsWithEvidence()
    {
        using var repo = new GitRepo();
        repo.Commit("app", ("src/pay.js", "const key = 'sk_live_ReadyScanFakeChecklistNotReal3';\n"), (".env", "LOG_LEVEL=info\n"),
            (".gitignore", "node_modules/\n"), (".env.example", "STRIPE_KEY=\n"),
            ("PRODUCTION_CHECKLIST.md", "# Launch\n\n- [x] No hardcoded secrets\n- [x] .env is listed in .gitignore\n- [x] Secrets kept in a secret manager\n- [x] Environment files are not committed\n"));

        var result = Support.Cli.Run("scan", repo.Root, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(1), "false claims fail the gate");
        var lines = Checklist(result.Stdout);
        Assert.That(lines.Select(l => l.Status), Is.EqualTo(new[] { "false-claim", "false-claim", "false-claim", "false-claim" }));
        Assert.That(lines[0].Evidence, Does.Contain("src/pay.js:1"));
        Assert.That(lines[1].Evidence, Does.Contain(".gitignore:0").Or.Contain(".env:0"));
        Assert.That(lines[3].Evidence, Does.Contain(".env:0"));
        Assert.That(result.Stdout, Does.Not.Contain("ReadyScanFakeChecklistNotReal3"));
    }

    [Test]
    public void Scan_SecretOnlyInTests_AsksForReviewInsteadOfAFalseClaim()
    {
        using var tree = new TempTree();
        tree.Write("tests/pay.spec.js", "const key = 'sk_live_ReadyScanFakeSpecChecklist55';\n");
        tree.Write("src/pay.js", "module.exports = { key: process.env.STRIPE_KEY };\n");
        tree.Write("CHECKLIST.md", "- [x] No hardcoded secrets\n");

        var result = Support.Cli.Run("scan", tree.Root, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stdout);
        Assert.That(Checklist(result.Stdout).Single().Status, Is.EqualTo("needs-review"));
    }

    private static List<(string Status, string Evidence)> Checklist(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("checklist").EnumerateArray().Select(l => (
            l.GetProperty("status").GetString()!,
            string.Join("\n", l.GetProperty("evidence").EnumerateArray().Select(e => $"{e.GetProperty("path").GetString()}:{e.GetProperty("line").GetInt32()} {e.GetProperty("message").GetString()}"))))];
    }

    private static List<(string Probe, string Path, int Line)> Fails(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("outcome").GetString() == "fail" && f.GetProperty("location").ValueKind == JsonValueKind.Object)
            .Select(f => (f.GetProperty("probeId").GetString()!, f.GetProperty("location").GetProperty("path").GetString()!, f.GetProperty("location").GetProperty("line").GetInt32()))];
    }
}
