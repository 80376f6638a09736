using System.Globalization;

namespace Scanner.Tests.Core.Secrets.Corpus;

/// <summary>Recall and precision of the detector on a set of labelled samples, with what it missed and what it got wrong.</summary>
internal sealed record CorpusScore(int Positives, int Negatives, int TruePositives, int FalsePositives, int LowConfidence,
    IReadOnlyList<string> Missed, IReadOnlyList<string> FalseAlarms)
{
    public double Recall => Positives == 0 ? 1 : (double)TruePositives / Positives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"recall {Recall:P1} ({TruePositives}/{Positives}), precision {Precision:P1} ({FalsePositives} false positive(s) over {Negatives} negatives; {LowConfidence} low-confidence finding(s) on negatives); missed: [{string.Join(", ", Missed)}]; false alarms: [{string.Join(", ", FalseAlarms)}]");
}
