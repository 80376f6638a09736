using System.Text.RegularExpressions;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Secrets;

/// <summary>Every kind in secret-kinds.yaml proven both ways on its own samples.</summary>
public sealed class SecretKindCatalogTests
{
    public static IEnumerable<TestCaseData> TrueSamples() =>
        SecretKindCatalog.All.SelectMany(k => k.TrueSamples.Select((s, i) => new TestCaseData(k.Id, s).SetName($"TrueSample_{k.Id}_{i}")));

    public static IEnumerable<TestCaseData> FalseSamples() =>
        SecretKindCatalog.All.SelectMany(k => k.FalseSamples.Select((s, i) => new TestCaseData(k.Id, s).SetName($"FalseSample_{k.Id}_{i}")));

    [Test]
    public void All_EmbeddedFile_HoldsAtLeastFortyProviderKinds()
    {
        var kinds = SecretKindCatalog.All;

        Assert.That(kinds.Count(k => !k.Generic), Is.GreaterThanOrEqualTo(40));
        Assert.That(kinds.Select(k => k.Id), Is.Unique);
        Assert.That(kinds.Where(k => k.Generic).Select(k => k.Id), Does.Contain("generic-assignment"));
    }

    [TestCaseSource(nameof(TrueSamples))]
    public void Scan_TrueSample_FindsItsKind(string kindId, string sample)
    {
        var kinds = SecretScanner.Scan(sample, LanguageFor(kindId)).Select(m => m.Kind.Id);

        Assert.That(kinds, Does.Contain(kindId));
    }

    [TestCaseSource(nameof(FalseSamples))]
    public void Scan_FalseSample_FindsNothing(string kindId, string sample)
    {
        var found = SecretScanner.Scan(sample, LanguageFor(kindId)).Select(m => m.Kind.Id);

        Assert.That(found, Is.Empty, $"false sample of {kindId}");
    }

    [TestCaseSource(nameof(TrueSamples))]
    public void Scrub_TrueSample_LeavesNoValue(string kindId, string sample)
    {
        var match = SecretScanner.Scan(sample, LanguageFor(kindId)).First(m => m.Kind.Id == kindId);
        var value = sample.Substring(match.ValueStart, match.ValueLength);

        var scrubbed = Redactor.Scrub(sample, LanguageFor(kindId));

        Assert.That(scrubbed, Does.Not.Contain(value));
        Assert.That(scrubbed, Does.Contain("chars)"));
    }

    [Test]
    public void Parse_BadEntries_ListsEveryProblem()
    {
        const string yaml = """
            kinds:
              - id: Bad_Id
                name: x
                pattern: '(?<value>a)(?=b)'
                visiblePrefix: 0
              - id: no-value-group
                name: y
                keywords: [y]
                pattern: 'y+'
                true: [y]
                false: [z]
              - id: named-without-format
                name: z
                keywords: [z]
                pattern: '(?<value>z[0-9]{4})'
                namedBy: ['Zed_Token']
                true: [z1234]
                false: [z]
            """;

        var error = Assert.Throws<InvalidDataException>(() => SecretKindCatalog.Parse(yaml, "test.yaml"));

        Assert.That(error!.Message, Does.Contain("kebab-case").And.Contain("keywords").And.Contain("non-backtracking")
            .And.Contain("(?<value>...)").And.Contain("samples")
            .And.Contain("'namedBy' and 'format' go together"));
    }

    [Test]
    public void All_BuiltAtBuildTime_MatchesTheYamlKindByKind()
    {
        var path = Path.Combine(RepoPaths.Root, "src", "Scanner.Core", "Secrets", "secret-kinds.yaml");
        var fromYaml = SecretKindCatalog.Parse(File.ReadAllText(path), path);

        Assert.That(SecretKindCatalog.All.Select(Describe), Is.EqualTo(fromYaml.Select(Describe)));
        Assert.That(SecretKindCatalog.All.Where(k => LinearRegex.HasUnboundedRepetition(k.Pattern.ToString())).Select(k => k.Pattern.MatchTimeout),
            Is.All.EqualTo(TimeSpan.FromMilliseconds(LinearRegex.CompiledTimeoutMilliseconds)), "a pattern that can backtrack without bound has the timeout that sends it to its twin");
    }

    [TestCase(900, TestName = "ScanKind_ShortTextTimesOut_FindsTheMatchesOnItsTwin")]
    [TestCase(5_000, TestName = "ScanKind_LongText_FindsTheMatchesOnItsTwin")]
    public void ScanKind_PatternThatBacktracksWithoutBound_FindsEveryMatch(int run)
    {
        var slow = new Regex(@"(?<value>(?:a|aa)+KEY[0-9]{4})", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(1));
        var kind = new SecretKind("test-kind", "test kind", new Lazy<Regex>(() => slow), ["KEY"], 0);
        var text = new string('a', run) + "! key aKEY7391 and aaKEY1846";

        var found = SecretScanner.ScanKind(kind, text, Language.Other).Select(m => text.Substring(m.ValueStart, m.ValueLength));

        Assert.That(text.Length > LinearRegex.ShortText, Is.EqualTo(run > LinearRegex.ShortText));
        Assert.Throws<RegexMatchTimeoutException>(() => slow.Match(text));
        Assert.That(found, Is.EqualTo(new[] { "aKEY7391", "aaKEY1846" }));
    }

    private static string Describe(SecretKind k) => string.Join(" | ",
        k.Id, k.Name, k.Pattern.ToString(), k.Pattern.Options & ~RegexOptions.NonBacktracking, string.Join(",", k.Keywords), k.VisiblePrefix, k.Generic, k.MinEntropy, k.Validation,
        k.Languages is null ? "any" : string.Join(",", k.Languages.Order()), k.LowConfidence, string.Join(",", k.NamedBy), k.Format?.ToString(),
        string.Join("\n", k.TrueSamples), string.Join("\n", k.FalseSamples));

    /// <summary>Samples are read as a file of a language the kind applies to (Other when it applies everywhere).</summary>
    private static Language LanguageFor(string kindId)
    {
        var kind = SecretKindCatalog.All.Single(k => k.Id == kindId);
        return kind.AppliesTo(Language.Other) ? Language.Other : Enum.GetValues<Language>().First(kind.AppliesTo);
    }
}
