using Scanner.Cli;
using Scanner.Cli.Config;
using Scanner.Core.Model;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli.Config;

public sealed class ConfigLoaderTests
{
    private const string Full = """
        version: 1
        checklists: [docs/LAUNCH.md]
        exclude: [fixtures/, "*.min.js"]
        skip: [js-http-cache-headers]
        severity:
          js-no-console-log: high
        fail-on: [false-claim, high]
        rules: [.readyscan/rules]
        suppress:
          - probe: secrets-none-hardcoded
            paths: [scripts/seed/**]
            reason: seed data with fake keys
            until: 2027-06-30
        """;

    [Test]
    public void Parse_FullExample_ReadsEveryKey()
    {
        var config = ConfigLoader.Parse(Full, ".readyscan.yml", "/repo/.readyscan.yml");

        Assert.That(config.Checklists, Is.EqualTo(new[] { "docs/LAUNCH.md" }));
        Assert.That(config.Exclude, Is.EqualTo(new[] { "fixtures/", "*.min.js" }));
        Assert.That(config.Skip, Is.EqualTo(new[] { "js-http-cache-headers" }));
        Assert.That(config.Severities["js-no-console-log"], Is.EqualTo(Severity.High));
        Assert.That(config.FailOn, Is.EqualTo(new[] { "false-claim", "high" }));
        Assert.That(config.Rules, Is.EqualTo(new[] { "/repo/.readyscan/rules" }));
        var suppression = config.Suppressions.Single();
        Assert.That((suppression.ProbeId, suppression.Reason, suppression.Until, suppression.Source, suppression.Line),
            Is.EqualTo(("secrets-none-hardcoded", "seed data with fake keys", (DateOnly?)new DateOnly(2027, 6, 30), ".readyscan.yml", 10)));
    }

    [Test]
    public void Parse_SeveralProblems_ReportsEachWithItsLine()
    {
        const string yaml = "skip: {a: 1}\nseverity: {js-no-console-log: huge}\nplugin: []\nfail-on: sometimes\nsuppress:\n  - probe: x\n    paths: [a]\n    until: soon\n";

        var error = Assert.Throws<UsageException>(() => ConfigLoader.Parse(yaml, ".readyscan.yml", "/r/.readyscan.yml"))!;

        Assert.That(error.Message.Split('\n').Skip(1).Select(l => l.Trim()), Is.EqualTo(new[]
        {
            ".readyscan.yml:1: skip: a string or a list of strings",
            ".readyscan.yml:2: severity: js-no-console-log: 'huge' is not critical, high, medium, low or info",
            ".readyscan.yml:3: unknown key 'plugin' (known: checklists, controls, exclude, fail-on, plugins, rules, severity, skip, suppress, version)",
            ".readyscan.yml:4: fail-on: unknown value 'sometimes' (known: default, false-claim, open, fail, critical, high, medium, low, never)",
            ".readyscan.yml:6: suppress: 'reason' is required: say why the finding is accepted",
            ".readyscan.yml:6: suppress: until 'soon' is not a date (YYYY-MM-DD)",
        }));
    }

    [Test]
    public void Parse_ControlsAndPlugins_InlineControlsAreNamedByTheConfigAndPathsResolveBesideIt()
    {
        const string yaml = "plugins: [tools/TeamProbes.dll]\ncontrols:\n  - id: team-x\n    title: X\n    area: docs\n    aliases: [\"team x\"]\n";

        var config = ConfigLoader.Parse(yaml, ".readyscan.yml", "/repo/.readyscan.yml");

        Assert.That(config.Plugins, Is.EqualTo(new[] { "/repo/tools/TeamProbes.dll" }));
        var inline = config.Controls.Single();
        Assert.That((inline.Source, inline.Path, inline.Inline?.Start.Line), Is.EqualTo((".readyscan.yml", (string?)null, (long?)3)));
    }

    [Test]
    public void Parse_ControlsFiles_ResolveBesideTheConfig()
    {
        var config = ConfigLoader.Parse("controls: [team/controls.yaml]\n", ".readyscan.yml", "/repo/.readyscan.yml");

        Assert.That(config.Controls.Select(c => (c.Source, c.Path)), Is.EqualTo(new[] { ("team/controls.yaml", (string?)"/repo/team/controls.yaml") }));
    }

    [Test]
    public void Parse_ControlsOfTheWrongShape_IsAnErrorWithItsLine()
    {
        var error = Assert.Throws<UsageException>(() => ConfigLoader.Parse("version: 1\ncontrols: {id: x}\n", ".readyscan.yml", "/r/.readyscan.yml"))!;

        Assert.That(error.Message, Does.EndWith(".readyscan.yml:2: controls: a list of controls (entries like rules/controls.yaml's), or the path(s) of files of them"));
    }

    [Test]
    public void CheckIds_UnknownProbeIds_AreUsageErrors()
    {
        var config = ConfigLoader.Parse("skip: [js-no-such-probe]\nseverity: {js-no-console-log: low}\n", ".readyscan.yml", "/r/.readyscan.yml");

        var error = Assert.Throws<UsageException>(() => ConfigLoader.CheckIds(config, Scans.DefaultCatalog))!;

        Assert.That(error.Message, Does.EndWith(".readyscan.yml: line 1: skip: 'js-no-such-probe' is no probe ('readyscan rules list' shows the ids)"));
    }

    [Test]
    public void Parse_EmptyFile_IsNoSettings()
    {
        var config = ConfigLoader.Parse("", ".readyscan.yml", "/r/.readyscan.yml");

        Assert.That((config.Skip.Count, config.FailOn.Count, config.Suppressions.Count), Is.EqualTo((0, 0, 0)));
    }
}
