using Scanner.Checklist.Controls;
using Scanner.Checklist.Matching;

namespace Scanner.Tests.Checklist.Controls;

public sealed class ControlCatalogExtendTests
{
    private const string Source = "team/controls.yaml";

    private static readonly HashSet<string> Probes = ["custom-auth-middleware-registered", "js-rate-limiting"];

    [Test]
    public void Extend_NewControl_IsAddedAfterTheBuiltInOnesAndMatchesItsWording()
    {
        const string yaml = """
            - id: team-auth-wrapper
              title: Team auth wrapper registered
              area: security
              aliases: ["team auth wrapper"]
              confirmedBy: [custom-auth-middleware-registered]
              refutedBy: [custom-auth-middleware-registered]
            """;
        var defaults = ControlCatalog.LoadDefault();

        var catalog = defaults.Extend(yaml, Source, Probes.Contains);

        Assert.That(catalog.Controls, Has.Count.EqualTo(defaults.Controls.Count + 1));
        Assert.That(catalog.Controls[^1].Id, Is.EqualTo("team-auth-wrapper"));
        Assert.That(new ControlMatcher(catalog).Match("Our team auth wrapper is on every service", null).Select(m => m.ControlId), Is.EqualTo(new[] { "team-auth-wrapper" }));
    }

    [Test]
    public void Extend_KnownId_AddsWordsAndProbesAndKeepsTheRest()
    {
        const string yaml = """
            - id: rate-limiting
              aliases: ["request quota per client"]
            """;
        var defaults = ControlCatalog.LoadDefault();
        var before = defaults.Find("rate-limiting")!;

        var after = defaults.Extend(yaml, Source, Probes.Contains).Find("rate-limiting")!;

        Assert.Multiple(() =>
        {
            Assert.That(after.Title, Is.EqualTo(before.Title));
            Assert.That(after.Area, Is.EqualTo(before.Area));
            Assert.That(after.Aliases, Is.EqualTo(before.Aliases.Append("request quota per client")));
            Assert.That(after.ConfirmedBy, Is.EqualTo(before.ConfirmedBy));
            Assert.That(after.Quantifier, Is.EqualTo(before.Quantifier));
        });
    }

    [Test]
    public void Extend_InvalidControls_ListsEveryProblemWithItsLine()
    {
        const string yaml = """
            - id: Team_Auth
              title: Team auth
              area: secrity
              aliases: ["team auth"]
              confirmedBy: [no-such-probe]
            - id: team-limits
              title: Team limits
              area: reliability
              aliases: ["rate limit"]
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.LoadDefault().Extend(yaml, Source, Probes.Contains))!;

        Assert.That(error.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "team/controls.yaml:1: control 'Team_Auth': id must be kebab-case (lower-case letters and digits joined by single hyphens)",
            "team/controls.yaml:3: control 'Team_Auth': unknown area 'secrity' (security | reliability | operations | quality | data | performance | docs)",
            "team/controls.yaml:5: control 'Team_Auth': confirmedBy entry 'no-such-probe' is no probe ('readyscan rules list' shows the ids)",
            "team/controls.yaml:6: control 'team-limits': alias 'rate limit' is the same phrase as 'rate limit' in control 'rate-limiting'",
        }));
    }

    [Test]
    public void Extend_SameNewIdTwice_IsADuplicate()
    {
        const string yaml = "- id: team-x\n  title: X one\n  area: docs\n  aliases: [\"team x\"]\n- id: team-x\n  title: X two\n  area: docs\n  aliases: [\"team x two\"]\n";

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.LoadDefault().Extend(yaml, Source, Probes.Contains))!;

        Assert.That(error.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "team/controls.yaml:5: duplicate control id 'team-x' (first defined on line 1)" }));
    }
}
