using System.Text.RegularExpressions;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Reporting;
using Scanner.Tests.Core.Secrets.Corpus;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>
/// Every fake secret planted in a fixture must be absent from every output format (all registered writers,
/// including ones added later) and from the verbose log.
/// </summary>
public sealed partial class NoLeakTests
{
    [Test]
    public void Scan_FixturesFullOfFakeSecrets_NeverPrintsAValue()
    {
        var planted = PlantedInFixtures();
        Assert.That(planted, Has.Count.GreaterThanOrEqualTo(15), "the leak test needs the planted values to look for");

        foreach (var format in ReportWriters.Formats)
        {
            var result = Support.Cli.Run("scan", "fixtures", "--format", format, "-v", "--fail-on", "never");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            AssertNoLeak(result, planted, format);
        }
    }

    /// <summary>
    /// A repository holding every kind's true samples and every labelled true secret, half of them deleted in a
    /// second commit, scanned with --history: working-tree and history findings, every format, the verbose log.
    /// </summary>
    [Test]
    public void Scan_RepositoryWithEveryKindAndItsHistory_NeverPrintsAValue()
    {
        using var repo = new GitRepo();
        var files = PlantedFiles();
        repo.Commit("plant", [.. files.Select(f => (f.Key, (string?)f.Value))]);
        repo.Commit("remove half", [.. files.Keys.Where((_, i) => i % 2 == 0).Select(p => (p, (string?)null))]);
        var planted = PlantedValues(files);
        Assert.That(planted, Has.Count.GreaterThanOrEqualTo(250));

        foreach (var format in ReportWriters.Formats)
        {
            var result = Support.Cli.Run("scan", repo.Root, "--history", "--format", format, "-v", "--fail-on", "never");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.Stdout, Does.Contain("secrets-none-hardcoded"));
            AssertNoLeak(result, planted, format);
        }
    }

    private static void AssertNoLeak(CliResult result, IReadOnlyCollection<string> planted, string format)
    {
        // Markdown escapes '_' and friends with a backslash; unescaped, an escaped leak is still found.
        var stdout = result.Stdout.Replace("\\", "", StringComparison.Ordinal);
        foreach (var secret in planted)
        {
            Assert.That(stdout, Does.Not.Contain(secret), $"{format} report leaks {secret[..4]}…");
            Assert.That(result.Stderr, Does.Not.Contain(secret), $"{format} log leaks {secret[..4]}…");
        }
    }

    /// <summary>One file per kind holding its true samples, and the labelled corpus's true secrets in their own files.</summary>
    private static Dictionary<string, string> PlantedFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in SecretKindCatalog.All)
        {
            files[PlantedPath(kind)] = string.Join("\n", kind.TrueSamples) + "\n";
        }

        foreach (var sample in SecretCorpus.Positives().Where(p => !p.Blind))
        {
            var path = "planted/corpus/" + sample.Path.TrimStart('.');
            files[path] = files.GetValueOrDefault(path, "") + sample.Text + "\n";
        }

        return files;
    }

    /// <summary>A kind's file, named so the scan reads it in a language the kind applies to (a Secret manifest as YAML).</summary>
    private static string PlantedPath(SecretKind kind) =>
        kind.AppliesTo(Language.Other) ? $"planted/kinds/{kind.Id}.txt"
        : kind.AppliesTo(Language.Yaml) ? $"planted/kinds/{kind.Id}.yaml"
        : kind.AppliesTo(Language.Dockerfile) ? $"planted/kinds/{kind.Id}/Dockerfile"
        : throw new InvalidOperationException($"no planted file name for the languages of {kind.Id}");

    /// <summary>The secret values in the planted files, as the detector delimits them; multi-line values line by line.</summary>
    private static HashSet<string> PlantedValues(Dictionary<string, string> files)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            foreach (var m in SecretScanner.Scan(text, LanguageDetector.Detect(path)))
            {
                foreach (var piece in text.Substring(m.ValueStart, m.ValueLength).Split('\n', '\\'))
                {
                    var trimmed = piece.Trim().TrimStart('n');
                    if (trimmed.Length >= 12)
                    {
                        values.Add(trimmed);
                    }
                }
            }
        }

        return values;
    }

    /// <summary>The values on lines annotated <c>ruleid: secrets-none-hardcoded</c>, read from the fixtures themselves.</summary>
    private static List<string> PlantedInFixtures()
    {
        var values = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "secrets-none-hardcoded"), "*", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Contains("ruleid: secrets-none-hardcoded", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal) || lines[i].TrimStart().StartsWith('#') ? i + 1 : i;
                values.AddRange(Value().Matches(lines[target]).Select(m => m.Groups["v"].Value).Where(v => v.Length >= 8 && !v.Contains("secrets-none", StringComparison.Ordinal)));
            }
        }

        return values;
    }

    [GeneratedRegex(@"['""=:](?<v>[A-Za-z0-9_\-./+@:]{8,})['""]?")]
    private static partial Regex Value();
}
