using System.Globalization;
using Scanner.Core.Model;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Tests.Core.Secrets.Corpus;

namespace Scanner.Tests.Core.Secrets;

/// <summary>
/// Recall and precision on the labelled test set. A finding counts as a detection only above low confidence:
/// low-confidence findings (test code, fixtures) are reported for review but cannot refute a checklist claim.
/// </summary>
public sealed class SecretCorpusTests
{
    private const double Required = 0.95;

    [Test]
    public void Detect_LabelledCorpus_RecallAndPrecisionAtLeast95Percent()
    {
        var positives = SecretCorpus.Positives();
        var negatives = SecretCorpus.Negatives();
        var all = Score(positives, negatives);
        var blind = Score([.. positives.Where(p => p.Blind)], [.. negatives.Where(n => n.Blind)]);
        var kinds = positives.Select(p => p.Kind).Distinct().Count();
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"labelled set: {positives.Count} true secrets of {kinds} kinds, {negatives.Count} hard negatives"));
        TestContext.Out.WriteLine($"all:   {all}");
        TestContext.Out.WriteLine($"blind: {blind} (written after tuning, never used to change the detector)");

        Assert.That(positives, Has.Count.GreaterThanOrEqualTo(150));
        Assert.That(kinds, Is.GreaterThanOrEqualTo(40));
        Assert.That(negatives, Has.Count.GreaterThanOrEqualTo(300));
        Assert.That(all.Recall, Is.GreaterThanOrEqualTo(Required), all.ToString());
        Assert.That(all.Precision, Is.GreaterThanOrEqualTo(Required), all.ToString());
    }

    [Test]
    public void Detect_TestFixturePath_ReportsAtLowConfidenceNotDropped()
    {
        var scan = SecretDetector.Detect("tests/auth.test.js", "const token = 'ghp_ReadyScanFakeSpecTokenNotReal1Q2w3E4';", Language.JavaScript);

        Assert.That(scan.Secrets, Has.Count.EqualTo(1));
        Assert.That(scan.Secrets[0].Confidence, Is.EqualTo(Confidence.Low));
        Assert.That(scan.Secrets[0].Context, Does.Contain("test"));
    }

    private static CorpusScore Score(IReadOnlyList<LabelledSample> positives, IReadOnlyList<LabelledSample> negatives)
    {
        int truePositives = 0, falsePositives = 0, lowConfidence = 0;
        var missed = new List<string>();
        var falseAlarms = new List<string>();
        foreach (var sample in positives)
        {
            var start = sample.Text.IndexOf(sample.Planted!, StringComparison.Ordinal);
            var found = Confident(sample);
            var hits = found.Count(m => m.ValueStart < start + sample.Planted!.Length && start < m.ValueStart + m.ValueLength);
            truePositives += hits > 0 ? 1 : 0;
            falsePositives += found.Count - hits;
            if (hits == 0)
            {
                missed.Add(sample.ToString());
            }
        }

        foreach (var sample in negatives)
        {
            var found = Confident(sample);
            falsePositives += found.Count;
            lowConfidence += Detect(sample).Secrets.Count(s => s.Confidence == Confidence.Low);
            falseAlarms.AddRange(found.Select(m => $"{sample} ({m.Kind.Id})"));
        }

        return new CorpusScore(positives.Count, negatives.Count, truePositives, falsePositives, lowConfidence, missed, falseAlarms);
    }

    private static SecretFileScan Detect(LabelledSample sample) =>
        SecretDetector.Detect(sample.Path, sample.Text, LanguageDetector.Detect(sample.Path));

    private static List<SecretMatch> Confident(LabelledSample sample) =>
        [.. Detect(sample).Secrets.Where(s => s.Confidence != Confidence.Low).Select(s => s.Match)];
}
