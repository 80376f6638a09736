using Scanner.Checklist.Claims;
using Scanner.Core.Fixtures;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes;

/// <summary>One test per fixture folder: each probe proven both ways on annotated target repositories.</summary>
public sealed class FixtureTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        FixtureRunner.Discover(RepoPaths.Fixtures).Select(c => new TestCaseData(c).SetName($"Fixture_{c.ProbeId}_{c.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void Run_FixtureCase_MatchesOutcomeAndAnnotations(FixtureCase fixture)
    {
        var result = new FixtureRunner(Scans.DefaultCatalog, Scans.Silent) { Prepare = PackageClaims.AttachDiscovered }.Run(fixture);

        Assert.That(result.Problems, Is.Empty, $"{fixture}: {string.Join("; ", result.Problems)}");
        Assert.That(result.Actual, Is.EqualTo(fixture.Expected));
    }
}
