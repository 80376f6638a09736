using Scanner.Checklist.Claims;
using Scanner.Core.Fixtures;
using Scanner.Core.Model;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes;

/// <summary>
/// A pass is evidence of something checked: across every fixture whose probe passes, some passing finding points at
/// a file of the fixture (a report can show where the control lives), never only at the folder or at nothing.
/// </summary>
public sealed class PassEvidenceTests
{
    [Test]
    [CancelAfter(600_000)]
    public void Run_EveryPassingFixture_PassCarriesAFileLocation()
    {
        var runner = new FixtureRunner(Scans.DefaultCatalog, Scans.Silent) { Prepare = PackageClaims.AttachDiscovered };
        var passing = 0;
        var missing = new List<string>();
        foreach (var fixture in FixtureRunner.Discover(RepoPaths.Fixtures))
        {
            var result = runner.Run(fixture);
            if (result.Actual != Outcome.Pass)
            {
                continue;
            }

            passing++;
            var located = result.Findings.Where(f => f.Outcome == Outcome.Pass && f.Location is { } at && IsFileIn(fixture, at.Path));
            if (!located.Any())
            {
                missing.Add($"{fixture.ProbeId}/{fixture.Name}: {string.Join(" | ", result.Findings.Where(f => f.Outcome == Outcome.Pass).Select(f => $"{f.Location?.ToString() ?? "(none)"} {f.Message}"))}");
            }
        }

        Assert.That(passing, Is.GreaterThan(100), "the fixtures hold passing cases to audit");
        Assert.That(missing, Is.Empty, $"{missing.Count} passing fixture(s) without a file location:\n{string.Join("\n", missing)}");
    }

    private static bool IsFileIn(FixtureCase fixture, string path) =>
        path.Length > 0 && path != "." && File.Exists(Path.Combine(fixture.Directory, path));
}
