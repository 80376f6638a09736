using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Checklist.Controls;
using Scanner.Checklist.Matching;

namespace Scanner.Tests.Checklist.Matching;

/// <summary>
/// Runs the default catalog over the real checklists in ../shared/seeds (third-party, never copied here) and
/// reports how many checkbox lines it recognises. The floor was measured; the unmatched lines are printed so
/// aliases can be improved. Many seed lines are genuinely not machine-verifiable ("Train support team").
/// </summary>
public sealed class SeedCoverageTests
{
    // Measured: every seed matches 80-96% of its checkbox lines; falling below this means a regression.
    private const double Floor = 0.75;

    // A simple stand-in for the real checklist parser: "- [ ] text", "* [x] text", "1. [X] text".
    private static readonly Regex CheckboxLine = new(
        @"^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s+(?<text>.+)$", RegexOptions.NonBacktracking);

    private static readonly ControlMatcher Matcher = new(ControlCatalog.LoadDefault());

    [Test]
    public void Match_SeedChecklists_RecognisesMostCheckboxLines()
    {
        var seeds = FindSeeds();
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Is.Not.Empty, "no seed checklists in " + seeds);

        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file)
                .Select(l => CheckboxLine.Match(l))
                .Where(m => m.Success)
                .Select(m => m.Groups["text"].Value.Trim())
                .ToList();
            var unmatched = lines.Where(l => Matcher.Match(l, null).Count == 0).ToList();
            var name = Path.GetFileName(file);
            shares[name] = lines.Count == 0 ? 1.0 : 1.0 - ((double)unmatched.Count / lines.Count);
            TestContext.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {lines.Count - unmatched.Count}/{lines.Count} checkbox lines matched ({shares[name]:P0})"));
            foreach (var line in unmatched)
            {
                TestContext.Out.WriteLine("    unmatched: " + line);
            }
        }

        Assert.That(shares.Where(s => s.Value < Floor).Select(s => s.Key), Is.Empty, "seeds below the floor");
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        Assert.Ignore("seed checklists not found: expected ../shared/seeds beside the repository");
        return string.Empty;
    }
}
