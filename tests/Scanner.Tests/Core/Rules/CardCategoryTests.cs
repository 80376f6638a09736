using Scanner.Core.Rules;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Rules;

/// <summary>Every built-in card says what it guards, and the advisory ones are the good practices, not defects.</summary>
public sealed class CardCategoryTests
{
    [Test]
    public void BuiltInCards_EachStateAKnownCategory()
    {
        var cards = Directory.EnumerateFiles(RepoPaths.Rules, "*.yaml", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "controls.yaml").ToList();

        var missing = cards.Where(f => !File.ReadLines(f).Any(l => l.StartsWith("category: ", StringComparison.Ordinal))).Select(Path.GetFileName).ToList();

        Assert.That(missing, Is.Empty);
        Assert.That(Scans.DefaultCatalog.Cards.Select(c => c.Info.Category).Distinct(), Is.SubsetOf(CardLoader.Categories));
    }

    [Test]
    public void AdvisoryCards_AreNeverSecurityProbes()
    {
        var advisory = Scans.DefaultCatalog.Cards.Where(c => c.Info.Advisory).ToList();

        Assert.That(advisory.Select(c => c.Id), Does.Contain("js-cache-client-wired").And.Contain("js-http-cache-headers").And.Contain("js-e2e-tests").And.Contain("ci-deploys"));
        Assert.That(advisory.Where(c => c.Info.IsSecurity).Select(c => c.Id), Is.Empty);
    }

    [Test]
    public void Parse_UnknownCategory_IsRejectedNamingTheKnownOnes()
    {
        var errors = new List<string>();

        var card = CardLoader.Parse("x/my-probe.yaml", "id: my-probe\ntitle: t\ndescription: d\nremediation: r\ncategory: vibes\nforbid: { pattern: 'x' }\n", errors);

        Assert.That(card, Is.Null);
        Assert.That(errors, Is.EqualTo(new[] { "x/my-probe.yaml: 'category' must be one of security, reliability, operations, performance, quality (got 'vibes')" }));
    }
}
