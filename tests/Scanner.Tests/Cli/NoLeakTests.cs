using System.Text.RegularExpressions;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>Every fake secret planted in a fixture must be absent from every output format and the verbose log.</summary>
public sealed partial class NoLeakTests
{
    private static readonly string[] FileFormats = ["json", "sarif", "markdown", "html", "junit"];

    [Test]
    public void Scan_FixturesFullOfFakeSecrets_NeverPrintsAValue()
    {
        var planted = PlantedSecrets();
        Assert.That(planted, Has.Count.GreaterThanOrEqualTo(8), "the leak test needs the planted values to look for");
        using var tree = new TempTree();
        var outputs = FileFormats.SelectMany(f => new[] { "--format", $"{f}={Path.Combine(tree.Root, "report." + f)}" });

        var result = Support.Cli.Run(["scan", "fixtures", "--format", "console", .. outputs, "--sarif-passes", "-v", "--fail-on", "never"]);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        // Markdown escapes '_' and friends with a backslash; unescaped, an escaped leak would still be found.
        var reports = FileFormats.Select(f => (f, File.ReadAllText(Path.Combine(tree.Root, "report." + f)).Replace("\\", "", StringComparison.Ordinal)))
            .Append(("console", result.Stdout));
        foreach (var (format, text) in reports)
        {
            foreach (var secret in planted)
            {
                Assert.That(text, Does.Not.Contain(secret), $"{format} report leaks {secret[..4]}…");
            }
        }

        foreach (var secret in planted)
        {
            Assert.That(result.Stderr, Does.Not.Contain(secret), $"the log leaks {secret[..4]}…");
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
