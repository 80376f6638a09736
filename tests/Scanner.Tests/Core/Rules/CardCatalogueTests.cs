using System.Text;
using Scanner.Core.Rules;
using Scanner.Probes;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Rules;

public sealed class CardCatalogueTests
{
    private const string FullCard = """
        id: demo-every-field
        title: A card with every key
        severity: high
        confidence: medium
        category: security
        ecosystem: node
        advisory: true
        description: >
          Why it matters, with "quotes", a `tick` and ünïcode.
        remediation: What to do.
        references: [https://example.com/a, https://example.com/b]
        cwe: [CWE-1, CWE-2]
        files: ["**/*.js", "src/*.ts"]
        exclude: ["**/test/**"]
        require:
          pattern: 'app\.use\(\s*helmet'
          in: code
          keywords: [helmet, app.use]
          message: helmet is not used
          scope: eachfile
        """;

    [Test]
    public void LoadEmbedded_Catalogue_GivesTheCardsTheYamlGives()
    {
        var embedded = CardLoader.LoadEmbedded(DefaultProbes.Assembly);
        var yaml = CardLoader.LoadDirectory(RepoPaths.Rules).OrderBy(c => c.Source, StringComparer.Ordinal).ToList();

        Assert.That(embedded.Select(Shape), Is.EqualTo(yaml.Select(Shape)));
    }

    [Test]
    public void LoadCatalogue_WrittenFromYaml_GivesTheSameCards()
    {
        using var tree = new TempTree();
        tree.Write("rules/node/demo-every-field.yaml", FullCard);
        tree.Write("rules/ci/demo-disabled.yaml", "id: demo-disabled\ndisabled: true\n");
        tree.Write("rules/ci/demo-forbid.yaml", "id: demo-forbid\ntitle: t\ndescription: d\nremediation: r\nforbid:\n  pattern: 'eval\\('\n");
        var rules = Path.Combine(tree.Root, "rules");
        var errors = new List<string>();

        using var catalogue = new MemoryStream(CardCatalogue.Write(rules, errors));
        var fromCatalogue = CardLoader.LoadCatalogue(catalogue);

        Assert.That(errors, Is.Empty);
        Assert.That(fromCatalogue.Select(Shape), Is.EqualTo(CardLoader.LoadDirectory(rules).OrderBy(c => c.Source, StringComparer.Ordinal).Select(Shape)));
        Assert.That(fromCatalogue.Select(c => c.Source), Is.EqualTo(new[] { "rules/ci/demo-disabled.yaml", "rules/ci/demo-forbid.yaml", "rules/node/demo-every-field.yaml" }));
    }

    [Test]
    public void Write_InvalidCard_NamesItsFileAndLeavesItOut()
    {
        using var tree = new TempTree();
        tree.Write("rules/node/demo-every-field.yaml", FullCard);
        tree.Write("rules/node/broken.yaml", "id: Not_Kebab\ntitle: x\n");
        var errors = new List<string>();

        var written = Encoding.UTF8.GetString(CardCatalogue.Write(Path.Combine(tree.Root, "rules"), errors));

        Assert.That(errors, Has.Some.StartsWith("rules/node/broken.yaml: 'id' must be kebab-case"));
        Assert.That(written, Does.Not.Contain("broken.yaml"));
        Assert.That(written, Does.Contain("demo-every-field"));
    }

    private static string Shape(ProbeCard card) => string.Join("\n",
        card.Source, card.Info with { References = [], Cwe = [] }, string.Join(",", card.Info.References), string.Join(",", card.Info.Cwe),
        card.Disabled, card.Files.Key, card.Code,
        card.Forbid?.Compiled.Value.ToString(), card.Forbid?.In, card.Forbid?.Message, card.Forbid?.Scope, string.Join(",", card.Forbid?.Keywords ?? []),
        card.Require?.Compiled.Value.ToString(), card.Require?.In, card.Require?.Message, card.Require?.Scope, string.Join(",", card.Require?.Keywords ?? []));
}
