using System.Reflection;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Fixtures;
using Scanner.Core.Model;
using Scanner.Core.Rules;
using Scanner.Probes;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes;

public sealed class CatalogTests
{
    [Test]
    public void Load_EmbeddedCards_MatchTheRulesFolderOneToOne()
    {
        var embedded = Scans.DefaultCatalog.Cards.Select(c => c.Id);
        var onDisk = CardLoader.LoadDirectory(RepoPaths.Rules).Select(c => c.Id).Order(StringComparer.Ordinal);

        Assert.That(embedded, Is.EqualTo(onDisk));
        Assert.That(embedded, Is.Not.Empty);
    }

    /// <summary>
    /// Runtime probes judge a built image, which no fixture folder can hold; RuntimeProbeTests proves each of
    /// them both ways on fake inspections, and DockerEngineTests on real images when an engine is reachable.
    /// </summary>
    [Test]
    public void Cards_EachProbe_HasPassAndFailFixtures()
    {
        var cases = FixtureRunner.Discover(RepoPaths.Fixtures);
        foreach (var card in Scans.DefaultCatalog.Cards.Where(c => c.Info.Ecosystem != "runtime"))
        {
            var outcomes = cases.Where(c => c.ProbeId == card.Id).Select(c => c.Expected).ToHashSet();
            Assert.That(outcomes, Does.Contain(Outcome.Pass).And.Contain(Outcome.Fail), $"{card.Id} needs pass-* and fail-* fixtures");
        }
    }

    [Test]
    public void Cards_FileLocation_IsEcosystemFolderAndIdName()
    {
        foreach (var card in CardLoader.LoadDirectory(RepoPaths.Rules))
        {
            Assert.That(card.Source, Is.EqualTo($"rules/{card.Info.Ecosystem}/{card.Id}.yaml"));
        }
    }

    [Test]
    public void Fixtures_EachFolder_BelongsToAKnownProbe()
    {
        var unknown = FixtureRunner.Discover(RepoPaths.Fixtures).Select(c => c.ProbeId).Distinct()
            .Where(id => Scans.DefaultCatalog.Find(id) is null);

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void CodeProbes_EachClass_IsSealedAndHasACard()
    {
        var probeTypes = DefaultProbes.Assembly.GetTypes().Where(t => typeof(IProbe).IsAssignableFrom(t) && !t.IsInterface).ToList();
        var codes = Scans.DefaultCatalog.Cards.Select(c => c.Code).ToHashSet();

        Assert.That(probeTypes, Is.Not.Empty);
        foreach (var type in probeTypes)
        {
            Assert.That(type.IsSealed, Is.True, $"{type.Name} should be sealed");
            Assert.That(codes, Does.Contain(type.Name), $"{type.Name} has no card");
        }
    }

    /// <summary>A [GeneratedRegex] can compile and still fail at first use (NonBacktracking size limits).</summary>
    [Test]
    public void GeneratedRegexes_InEveryAssembly_Construct()
    {
        var assemblies = new[] { typeof(ProbeCatalog).Assembly, DefaultProbes.Assembly };
        var methods = assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
            .ToList();

        Assert.That(methods, Is.Not.Empty);
        foreach (var method in methods)
        {
            Assert.DoesNotThrow(() => method.Invoke(null, null), $"{method.DeclaringType!.Name}.{method.Name}");
        }
    }
}
