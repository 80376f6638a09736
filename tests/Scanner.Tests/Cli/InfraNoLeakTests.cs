using System.Text.RegularExpressions;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>The fake credentials planted for the infrastructure probes never appear in a report or the verbose log.</summary>
public sealed partial class InfraNoLeakTests
{
    private static readonly string[] Probes = ["dockerfile-no-secrets-in-env", "compose-no-literal-passwords", "k8s-no-secrets-in-configmap"];

    [TestCase("console")]
    [TestCase("json")]
    public void Scan_InfraFixturesWithFakeCredentials_NeverPrintsAValue(string format)
    {
        var planted = Planted();
        Assert.That(planted, Has.Count.GreaterThanOrEqualTo(5), "the leak test needs the planted values to look for");

        var only = string.Join(',', Probes.Append("secrets-none-hardcoded"));
        var result = Support.Cli.Run("scan", "fixtures", "--only", only, "--format", format, "-v", "--fail-on", "never", "--no-checklist");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Does.Contain("dockerfile-no-secrets-in-env"));
        foreach (var secret in planted)
        {
            Assert.That(result.Stdout + result.Stderr, Does.Not.Contain(secret), $"{format} output leaks {secret[..6]}…");
        }
    }

    /// <summary>The ReadyScan-marked values on the lines these probes' fixtures annotate as failing.</summary>
    private static HashSet<string> Planted()
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var probe in Probes)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, probe), "*", SearchOption.AllDirectories))
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i + 1 < lines.Length; i++)
                {
                    if (lines[i].Contains($"ruleid: {probe}", StringComparison.Ordinal))
                    {
                        values.UnionWith(Marked().Matches(lines[i + 1]).Select(m => m.Value));
                    }
                }
            }
        }

        return values;
    }

    [GeneratedRegex(@"[A-Za-z0-9_\-]*ReadyScan[A-Za-z0-9_\-]*")]
    private static partial Regex Marked();
}
