using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>The sample plugin and a team's controls, used the way a team would: from the command line and the config file.</summary>
public sealed class PluginCliTests
{
    private static string Fixture(string name) =>
        Path.Combine(PluginBuilder.SampleFolder, "fixtures", "custom-auth-middleware-registered", name, "Program.cs");

    [Test]
    public void RulesList_SamplePlugin_ListsItsProbe()
    {
        var result = Support.Cli.Run("rules", "list", "--plugin", PluginBuilder.Sample);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Does.Match(@"(?m)^custom-auth-middleware-registered +high +custom +code +The team's authentication wrapper"));
    }

    [Test]
    public void RulesTest_SamplePluginFixtures_AllPass()
    {
        var result = Support.Cli.Run("rules", "test", "--plugin", PluginBuilder.Sample, "--fixtures", Path.Combine(PluginBuilder.SampleFolder, "fixtures"));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stdout + result.Stderr);
        Assert.That(result.Stdout, Does.Contain("PASS custom-auth-middleware-registered/fail-after-endpoints").And.EndWith("4 passed, 0 failed\n"));
    }

    [TestCase("fail-after-endpoints", "false-claim", "Program.cs:6")]
    [TestCase("pass-before-endpoints", "confirmed", "Program.cs:6")]
    public void Scan_ChecklistLineTiedToPluginProbeByUserControl_IsJudgedOnItsEvidence(string fixture, string status, string evidence)
    {
        using var tree = new TempTree();
        File.Copy(Fixture(fixture), Path.Combine(tree.Root, "Program.cs"));
        tree.Write("PRODUCTION_CHECKLIST.md", "# Launch\n\n- [x] Team auth wrapper registered\n");
        tree.Write(".readyscan.yml", $"plugins: [{PluginBuilder.Sample}]\ncontrols: [{Path.Combine(PluginBuilder.SampleFolder, "controls.yaml")}]\n");

        var result = Support.Cli.Run("scan", tree.Root, "--format", "json", "--only", "custom-auth-middleware-registered", "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        using var report = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var line = report.RootElement.GetProperty("checklist").EnumerateArray().Single();
        Assert.That(line.GetProperty("status").GetString(), Is.EqualTo(status));
        Assert.That(line.GetProperty("controls").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "team-auth-wrapper" }));
        Assert.That(line.GetProperty("evidence").ToString(), Does.Contain(evidence.Split(':')[0]));
    }

    [Test]
    public void Scan_WithoutTheUserControl_TheLineIsNotMachineVerifiable()
    {
        using var tree = new TempTree();
        File.Copy(Fixture("fail-after-endpoints"), Path.Combine(tree.Root, "Program.cs"));
        tree.Write("PRODUCTION_CHECKLIST.md", "# Launch\n\n- [x] Team auth wrapper registered\n");

        var result = Support.Cli.Run("scan", tree.Root, "--format", "json", "--plugin", PluginBuilder.Sample, "--only", "custom-auth-middleware-registered", "--fail-on", "never");

        using var report = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var line = report.RootElement.GetProperty("checklist").EnumerateArray().Single();
        Assert.That((line.GetProperty("status").GetString(), line.GetProperty("machineVerifiable").GetBoolean()), Is.EqualTo(("unverified", false)));
    }

    [Test]
    public void Scan_BrokenPlugin_SaysWhichAndExitsTwo()
    {
        using var tree = new TempTree();
        var broken = tree.Write("Broken.dll", "this is not an assembly");

        var result = Support.Cli.Run("scan", "fixtures/apps/express-api", "--plugin", broken);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.StartWith($"readyscan: plugin {broken}: does not load ("));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void Scan_InvalidControlsFile_ListsProblemsAndExitsTwo()
    {
        using var tree = new TempTree();
        var controls = tree.Write("controls.yaml", "- id: team-x\n  title: X\n  area: docs\n  aliases: [\"team x\"]\n  refutedBy: [custom-auth-middleware-registered]\n");

        var result = Support.Cli.Run("scan", "fixtures/apps/express-api", "--controls", controls);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Is.EqualTo($"readyscan: invalid controls (1 problem(s)):\nreadyscan: {controls}:5: control 'team-x': refutedBy entry 'custom-auth-middleware-registered' is no probe ('readyscan rules list' shows the ids)\n"));
    }
}
