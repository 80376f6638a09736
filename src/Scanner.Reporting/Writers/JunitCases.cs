using System.Globalization;
using System.Text;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// Maps judged checklist lines and probe results to test cases. A checklist line fails when it is a false claim or
/// open (its own box says not done, whether or not a probe can check it); it is skipped when nothing can confirm
/// it (not machine-verifiable, unverified, not applicable) or a person must look (needs review); it passes when
/// the evidence confirms it, ticked or not.
/// </summary>
internal static class JunitCases
{
    public const string Failure = "failure";
    public const string Skipped = "skipped";

    public static IEnumerable<JunitCase> ForChecklist(ChecklistFile file, IEnumerable<ReconciledLine> lines, ChecklistReport report)
    {
        foreach (var line in lines)
        {
            var item = line.Item;
            var section = item.Section.Count == 0 ? file.Path : $"{file.Path} > {ChecklistNames.Section(item)}";
            var (result, message) = Classify(line);
            yield return new JunitCase(section, item.Text, item.File, item.Line, result, ChecklistNames.Of(line.Status), message, Detail(line));
        }

        foreach (var c in report.Contradictions.Where(c => c.File == file.Path))
        {
            yield return new JunitCase($"{file.Path} > statements", $"line {N(c.Line)} agrees with its box", c.File, c.Line, Failure,
                "self-contradiction", $"{ChecklistNames.Box(c)}, but says \"{c.Phrase}\"", $"{c.File}:{N(c.Line)}  {c.Text}");
        }

        foreach (var s in report.Summaries.Where(s => s.File == file.Path))
        {
            var unit = s.Kind.Contains("percent", StringComparison.Ordinal) ? "%" : "";
            var actual = string.Create(CultureInfo.InvariantCulture, $"{s.Actual:0.##}{unit}");
            yield return new JunitCase($"{file.Path} > statements", s.Text, s.File, s.Line, s.Agrees ? null : Failure, "summary-mismatch",
                s.Agrees ? null : $"states \"{s.Text}\", but its boxes give {actual}", $"{s.File}:{N(s.Line)}  the boxes give {actual}");
        }
    }

    public static IEnumerable<JunitCase> ForProbes(ScanReport report) => report.Scan.Probes.Select(probe =>
    {
        var (result, type) = probe.Outcome switch
        {
            Outcome.Fail => (Failure, "fail"),
            Outcome.Pass => ((string?)null, "pass"),
            _ => (Skipped, Names.Of(probe.Outcome)),
        };
        var detail = new StringBuilder();
        foreach (var f in probe.Findings.Where(f => probe.Outcome != Outcome.Fail || f.Outcome == Outcome.Fail))
        {
            var mark = f.IsSuppressed ? $" [suppressed: {f.Suppression!.Justification}]" : "";
            detail.Append(CultureInfo.InvariantCulture, $"{Names.Of(f.Outcome)}  {f.Location?.ToString() ?? "(whole project)"}  {f.Message}{mark}\n");
        }

        if (probe.Outcome == Outcome.Fail)
        {
            detail.Append(CultureInfo.InvariantCulture, $"fix: {probe.Probe.Remediation}\n");
        }

        var location = probe.Findings.FirstOrDefault(f => f.Outcome == probe.Outcome && f.Location is { Line: > 0 })?.Location;
        return new JunitCase($"probes.{probe.Probe.Ecosystem}", $"{probe.Probe.Id}: {probe.Probe.Title}", location?.Path, location?.Line ?? 0,
            result, type, $"{type}: {probe.Summary}", detail.ToString());
    });

    private static (string? Result, string Message) Classify(ReconciledLine line) => line.Status switch
    {
        LineStatus.FalseClaim => (Failure, "ticked, but the evidence says it is not done"),
        LineStatus.Open when !line.MachineVerifiable => (Failure, "open: the checklist says not done (not machine-verifiable)"),
        LineStatus.Open => (Failure, line.Verdict == Verdict.Unmet ? "open: not done, and the evidence agrees" : "open: not done"),
        _ when !line.MachineVerifiable => (Skipped, "not machine-verifiable: names no control ReadyScan knows"),
        LineStatus.Unverified => (Skipped, "ticked, but no probe can tell"),
        LineStatus.NeedsReview => (Skipped, "needs review: only low-confidence evidence"),
        LineStatus.NotApplicable => (Skipped, "not applicable"),
        LineStatus.UnclaimedMet => (null, "done, but not ticked"),
        _ => (null, "confirmed by the evidence"),
    };

    private static string Detail(ReconciledLine line)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{line.Item.File}:{N(line.Item.Line)}  {line.Item.Marker ?? ChecklistNames.Of(line.Item.Claim)} {line.Item.Text}\n");
        text.Append(CultureInfo.InvariantCulture, $"verdict: {ChecklistNames.Of(line.Verdict)}; {line.Reason}\n");
        foreach (var e in line.Evidence)
        {
            var where = e.Path.Length == 0 ? "(whole project)" : e.Line > 0 ? $"{e.Path}:{N(e.Line)}" : e.Path;
            text.Append(CultureInfo.InvariantCulture, $"{Names.Of(e.Outcome)}  {where}  {e.Message}\n");
        }

        return text.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
