using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>The exit code CI reads: the default gate, severity thresholds, --skip and a config file that skips a probe.</summary>
public sealed class GateCliTests
{
    private const string Secret = "const key = 'sk_live_" + "ReadyScanFakeGateCli0042x';\n";

    [Test]
    public void Scan_CommittedSecretWithoutChecklist_ExitsOneByDefault()
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", Secret);

        var result = Support.Cli.Run("scan", tree.Root, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("gate failed: critical or high security finding: secrets-none-hardcoded"));
    }

    [Test]
    public void Scan_ConfigFileSkipsTheSecretProbe_ExitsZero()
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", Secret);
        tree.Write(".readyscan.yml", "skip: [secrets-none-hardcoded]\n");

        var result = Support.Cli.Run("scan", tree.Root, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Does.Not.Contain("\"id\": \"secrets-none-hardcoded\""));
    }

    [Test]
    public void Scan_SkipOnTheCommandLine_ExitsZero()
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", Secret);

        var result = Support.Cli.Run("scan", tree.Root, "--skip", "secrets-none-hardcoded,git-secret-files-untracked");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
    }

    [Test]
    public void Scan_ConfigSuppressionWithReasonForThePath_ExitsZeroAndShowsIt()
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", Secret);
        tree.Write(".readyscan.yml", "suppress:\n  - probe: secrets-none-hardcoded\n    paths: [src/pay.js]\n    reason: a demo key, revoked\n");

        var result = Support.Cli.Run("scan", tree.Root, "--show", "pass");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Does.Contain("[suppressed: a demo key, revoked]"));
    }

    [Test]
    public void Scan_ExpiredConfigSuppression_CountsAgainAndSaysSo()
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", Secret);
        tree.Write(".readyscan.yml", "suppress:\n  - probe: secrets-none-hardcoded\n    paths: [src/**]\n    reason: old\n    until: 2020-01-31\n");

        var result = Support.Cli.Run("scan", tree.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stdout, Does.Contain(".readyscan.yml  line 2: the suppression of secrets-none-hardcoded expired on 2020-01-31"));
    }

    [TestCase("low", 1)]
    [TestCase("critical", 0)]
    [TestCase("never", 0)]
    [TestCase("false-claim", 0)]
    public void Scan_SeverityThreshold_GatesOnFindingsAtOrAbove(string failOn, int expected)
    {
        using var tree = new TempTree();
        tree.Write("package.json", "{ \"name\": \"x\", \"main\": \"server.js\" }\n");
        tree.Write("server.js", "console.log('started');\n");

        var result = Support.Cli.Run("scan", tree.Root, "--fail-on", failOn);

        Assert.That(result.ExitCode, Is.EqualTo(expected), result.Stderr);
    }

    [Test]
    public void Scan_UnknownGateValue_IsAUsageErrorNamingTheKnownOnes()
    {
        var result = Support.Cli.Run("scan", "fixtures/apps/express-api", "--fail-on", "high,severe");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("--fail-on: unknown value(s) severe (known: default, false-claim, open, fail, critical, high, medium, low, never"));
    }

    [Test]
    public void Scan_UnknownIdInAnInlineSuppression_IsReported()
    {
        using var tree = new TempTree();
        tree.Write("server.js", "// readyscan:ignore js-no-consol-log -- typo in the id\nconsole.log('x');\n");

        var result = Support.Cli.Run("scan", tree.Root, "--format", "json", "--fail-on", "never");

        Assert.That(result.Stdout, Does.Contain("\"kind\": \"suppression-ignored\""));
        Assert.That(result.Stdout, Does.Contain("line 1: the ignore marker names 'js-no-consol-log', which no probe has"));
    }

    [Test]
    public void Scan_AFileAsThePath_PointsToChecklistOption()
    {
        var result = Support.Cli.Run("scan", "README.md");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.Trim(), Is.EqualTo("readyscan: README.md is a file: scan takes the repository's folder (to judge this file as a checklist: readyscan scan . --checklist README.md)"));
    }

    [Test]
    public void Scan_CardWithOnlyIdAndDisabled_TurnsTheBuiltInProbeOff()
    {
        using var tree = new TempTree();
        tree.Write("server.js", "console.log('x');\n");
        tree.Write("my-rules/js-no-console-log.yaml", "id: js-no-console-log\ndisabled: true\n");

        var result = Support.Cli.Run("scan", tree.Root, "--rules", Path.Combine(tree.Root, "my-rules"), "--format", "json", "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Does.Not.Contain("\"probeId\": \"js-no-console-log\""));
    }

    [Test]
    public void Scan_DisablingAnUnknownProbe_IsAUsageError()
    {
        using var tree = new TempTree();
        tree.Write("my-rules/js-no-such-probe.yaml", "id: js-no-such-probe\ndisabled: true\n");

        var result = Support.Cli.Run("scan", tree.Root, "--rules", Path.Combine(tree.Root, "my-rules"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("my-rules/js-no-such-probe.yaml: disables 'js-no-such-probe', which is no probe"));
    }
}
