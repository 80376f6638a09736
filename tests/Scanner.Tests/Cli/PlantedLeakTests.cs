using Scanner.Reporting;
using Scanner.Tests.Hostile;

namespace Scanner.Tests.Cli;

/// <summary>
/// Tokens planted where no probe looks for them (a checklist line, a heading, a folder name, a command a probe
/// quotes, an nginx header) never reach any format or the verbose log of the real CLI.
/// </summary>
public sealed class PlantedLeakTests
{
    [Test]
    [CancelAfter(120_000)]
    public void Scan_TokensPlantedOutsideProbedPlaces_NoFormatAndNoLogPrintsOne(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        PlantedSecrets.Plant(target);

        foreach (var format in ReportWriters.Formats)
        {
            var result = Support.Cli.RunGuarded(cancellation, "scan", target.Root, "--format", format, "-v", "--fail-on", "never");

            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.Stdout, Does.Contain("ghp_…(40 chars)"), $"{format} must report the planted tokens, redacted");
            var stdout = result.Stdout.Replace("\\", "", StringComparison.Ordinal);
            foreach (var secret in PlantedSecrets.All)
            {
                Assert.That(stdout, Does.Not.Contain(secret), $"{format} report prints {secret[..8]}…");
                Assert.That(result.Stderr, Does.Not.Contain(secret), $"{format} -v log prints {secret[..8]}…");
            }
        }
    }
}
