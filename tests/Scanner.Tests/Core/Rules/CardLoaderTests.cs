using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Rules;
using Scanner.Probes;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Rules;

public sealed class CardLoaderTests
{
    private const string ValidCard = """
        id: no-todo-comments
        title: No TODO comments
        severity: info
        description: TODOs in shipped code are unfinished work.
        remediation: Finish or file them.
        files: ["*.js"]
        forbid:
          pattern: 'TODO'
          in: comments
          keywords: [TODO]
        """;

    [Test]
    public void LoadEmbedded_EveryPatternCard_BuildsItsNonBacktrackingRegex()
    {
        var rules = CardLoader.LoadEmbedded(Scanner.Probes.DefaultProbes.Assembly).SelectMany(c => new[] { c.Forbid, c.Require }).OfType<PatternRule>().ToList();

        Assert.That(rules, Is.Not.Empty);
        Assert.That(rules.Select(r => r.Pattern.Options & RegexOptions.NonBacktracking), Has.All.EqualTo(RegexOptions.NonBacktracking));
    }

    [TestCase("(?=x)y", "lookahead")]
    [TestCase(@"(a)\1", "backreference")]
    [TestCase("(?>ab)", "atomic group")]
    public void LoadDirectory_PatternTheEngineRefuses_NamesTheConstruct(string pattern, string construct)
    {
        using var tree = new TempTree();
        tree.Write("rules/js/refused.yaml", $"id: refused\ntitle: t\ndescription: d\nremediation: r\nforbid:\n  pattern: '{pattern}'\n");

        var error = Assert.Throws<CardLoadException>(() => CardLoader.LoadDirectory(Path.Combine(tree.Root, "rules")))!;

        Assert.That(error.Errors.Single(), Does.EndWith($"is not a valid non-backtracking regex: it uses a {construct}"));
    }

    [Test]
    public void LoadDirectory_SeveralBrokenCards_ReportsEveryProblemWithItsFile()
    {
        using var tree = new TempTree();
        tree.Write("rules/js/bad-id.yaml", "id: Bad_Id\ntitle: t\ndescription: d\nremediation: r\ncode: X\n");
        tree.Write("rules/js/bad-regex.yaml", "id: bad-regex\ntitle: t\ndescription: d\nremediation: r\nforbid:\n  pattern: '(?<=x)y'\n");
        tree.Write("rules/js/two-bodies.yaml", "id: two-bodies\ntitle: t\ndescription: d\nremediation: r\ncode: X\nforbid:\n  pattern: x\n");
        tree.Write("rules/js/unknown-key.yaml", "id: unknown-key\ntitle: t\nsevrity: high\n");
        tree.Write("rules/js/bad-severity.yaml", "id: bad-severity\ntitle: t\nseverity: urgent\ndescription: d\nremediation: r\ncode: X\n");

        var error = Assert.Throws<CardLoadException>(() => CardLoader.LoadDirectory(Path.Combine(tree.Root, "rules")))!;

        Assert.That(error.Errors, Has.Count.EqualTo(5));
        Assert.That(error.Errors, Has.Some.StartsWith("rules/js/bad-id.yaml: 'id' must be kebab-case"));
        Assert.That(error.Errors, Has.Some.StartsWith("rules/js/bad-regex.yaml: 'forbid.pattern' is not a valid non-backtracking regex"));
        Assert.That(error.Errors, Has.Some.StartsWith("rules/js/two-bodies.yaml: a card holds exactly one of"));
        Assert.That(error.Errors, Has.Some.StartsWith("rules/js/unknown-key.yaml:3:"));
        Assert.That(error.Errors, Has.Some.StartsWith("rules/js/bad-severity.yaml: 'severity' must be one of"));
    }

    [Test]
    public void LoadDirectory_ValidCard_ParsesEveryField()
    {
        using var tree = new TempTree();
        tree.Write("rules/js/no-todo-comments.yaml", ValidCard);

        var card = CardLoader.LoadDirectory(Path.Combine(tree.Root, "rules")).Single();

        Assert.That(card.Id, Is.EqualTo("no-todo-comments"));
        Assert.That(card.Info.Ecosystem, Is.EqualTo("js"));
        Assert.That(card.Forbid!.In, Is.EqualTo(MatchScope.Comments));
        Assert.That(card.Forbid.Keywords, Is.EqualTo(new[] { "TODO" }));
        Assert.That(card.Files.Matches("src/a.js"), Is.True);
        Assert.That(card.Files.Matches("src/a.py"), Is.False);
    }

    [Test]
    public void Load_UserFolder_AddsCardsAndOverridesDefaultsById()
    {
        using var tree = new TempTree();
        tree.Write("rules/js/no-todo-comments.yaml", ValidCard);
        tree.Write("rules/js/js-no-console-log.yaml", "id: js-no-console-log\ndisabled: true\ntitle: t\ndescription: d\nremediation: r\n");

        var catalog = ProbeCatalog.Load([DefaultProbes.Assembly], Path.Combine(tree.Root, "rules"));

        Assert.That(catalog.Find("no-todo-comments"), Is.Not.Null);
        Assert.That(catalog.Find("js-no-console-log")!.Disabled, Is.True);
        Assert.That(catalog.Enabled.Select(c => c.Id), Does.Not.Contain("js-no-console-log"));
    }

    [Test]
    public void Load_CodeCardWithoutClass_NamesTheCard()
    {
        using var tree = new TempTree();
        tree.Write("rules/x/ghost-probe.yaml", "id: ghost-probe\ntitle: t\ndescription: d\nremediation: r\ncode: NoSuchProbe\n");

        var error = Assert.Throws<CardLoadException>(() => ProbeCatalog.Load([DefaultProbes.Assembly], Path.Combine(tree.Root, "rules")))!;

        Assert.That(error.Errors.Single(), Is.EqualTo("rules/x/ghost-probe.yaml: code class 'NoSuchProbe' does not exist (no IProbe of that name)"));
    }
}
