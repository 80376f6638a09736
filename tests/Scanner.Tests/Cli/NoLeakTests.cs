using System.Text.RegularExpressions;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>Every fake secret planted in a fixture must be absent from every output format and the verbose log.</summary>
public sealed partial class NoLeakTests
{
    private static readonly string[] Formats = ["console", "json"];

    [Test]
    public void Scan_FixturesFullOfFakeSecrets_NeverPrintsAValue()
    {
        var planted = PlantedSecrets();
        Assert.That(planted, Has.Count.GreaterThanOrEqualTo(8), "the leak test needs the planted values to look for");

        foreach (var format in Formats)
        {
            var result = Support.Cli.Run("scan", "fixtures", "--format", format, "-v", "--fail-on", "never");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            foreach (var secret in planted)
            {
                Assert.That(result.Stdout, Does.Not.Contain(secret), $"{format} report leaks {secret[..4]}…");
                Assert.That(result.Stderr, Does.Not.Contain(secret), $"{format} log leaks {secret[..4]}…");
            }
        }
    }

    /// <summary>The values on lines annotated <c>ruleid: secrets-none-hardcoded</c>, read from the fixtures themselves.</summary>
    private static List<string> PlantedSecrets()
    {
        var values = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "secrets-none-hardcoded"), "*", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i + 1 < lines.Length; i++)
            {
                if (lines[i].Contains("ruleid: secrets-none-hardcoded", StringComparison.Ordinal))
                {
                    values.AddRange(Value().Matches(lines[i + 1]).Select(m => m.Groups["v"].Value).Where(v => v.Length >= 8));
                }
            }
        }

        return values;
    }

    [GeneratedRegex(@"['""=:](?<v>[A-Za-z0-9_\-./+@:]{8,})['""]?")]
    private static partial Regex Value();
}
