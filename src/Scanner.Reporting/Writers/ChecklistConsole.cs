using Scanner.Checklist.Reconciliation;

namespace Scanner.Reporting.Writers;

/// <summary>
/// The checklist part of the console report: false claims first, then open items with evidence, then what is done
/// but unticked, then what needs review and what is confirmed; the rest is counted, the checklist's own
/// contradictions follow, and the probe gaps (controls no probe checks for the stack in question) close it.
/// </summary>
internal sealed class ChecklistConsole(ConsoleStyle style, ReportOptions options, Dictionary<string, string> printed)
{
    private const int MaxEvidence = 5;

    private const int MaxEvidenceByDefault = 2;

    private readonly bool quiet = options.Quiet;

    private static readonly (LineStatus Status, string Heading, Func<ReconciledLine, bool> Show)[] Sections =
    [
        (LineStatus.FalseClaim, "FALSE CLAIMS: ticked, but the evidence says no", _ => true),
        (LineStatus.Open, "OPEN, and the evidence agrees it is not done", l => l.Verdict == Verdict.Unmet),
        (LineStatus.UnclaimedMet, "ALREADY DONE, but not ticked", _ => true),
        (LineStatus.NeedsReview, "NEEDS REVIEW: only low-confidence evidence", _ => true),
        (LineStatus.Unverified, "TICKED, but nothing ReadyScan checks can verify it", _ => true),
        (LineStatus.Confirmed, "CONFIRMED", _ => true),
    ];

    /// <summary>Lines that need no action, counted unless <c>--show confirmed</c> lists them.</summary>
    private static readonly LineStatus[] Settled =
    [
        LineStatus.Unverified, LineStatus.Confirmed,
    ];

    public void Write(ChecklistReport report, TextWriter output)
    {
        if (report.Files.Count == 0)
        {
            output.WriteLine("No checklist found (name one with --checklist FILE).");
            return;
        }

        foreach (var file in report.Files)
        {
            output.WriteLine($"Checklist: {file.Path} ({file.FoundBy}), {file.Document.Items.Count} lines");
        }

        output.WriteLine(SummaryLine(report));
        var sections = quiet ? Sections.Take(1) : Sections.Where(s => options.Shows("confirmed") || !Settled.Contains(s.Status));
        foreach (var (status, heading, show) in sections)
        {
            var lines = report.Lines.Where(l => l.Status == status && show(l)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine(Paint(status, $"{heading} ({lines.Count})"));
            foreach (var line in lines)
            {
                WriteLine(line, output);
            }
        }

        WriteStatements(report, output);
        if (!quiet)
        {
            WriteProbeGaps(report, output);
            var settled = Settled.Where(s => !options.Shows("confirmed")).Select(s => (Status: s, Count: report.Count(s))).Where(x => x.Count > 0).ToList();
            if (settled.Count > 0)
            {
                output.WriteLine();
                output.WriteLine(style.Dim($"Not listed: {string.Join(", ", settled.Select(x => $"{x.Count} {ChecklistNames.Of(x.Status)}"))} line(s) (--show confirmed lists them)"));
            }
        }
    }

    private void WriteProbeGaps(ChecklistReport report, TextWriter output)
    {
        var gaps = report.ProbeGaps;
        if (gaps.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(style.Bold($"PROBE GAPS: lines left unknown because no probe checks them for their stack ({gaps.Count})"));
        foreach (var (gap, lines) in gaps)
        {
            var where = string.Join(", ", lines.Take(MaxEvidence).Select(l => $"{l.Item.File}:{l.Item.Line}")) + (lines.Count > MaxEvidence ? $" and {lines.Count - MaxEvidence} more" : "");
            output.WriteLine($"  {gap.ControlId}: no probe for {string.Join(", ", gap.Stacks)} ({where})");
        }
    }

    private static string SummaryLine(ChecklistReport report) =>
        $"{report.ClaimsChecked} claims checked: {report.Count(LineStatus.Confirmed)} confirmed, {report.Count(LineStatus.FalseClaim)} false, " +
        $"{report.Count(LineStatus.NeedsReview)} need review; {report.Count(LineStatus.UnclaimedMet)} items already done but unchecked; " +
        $"{report.Count(LineStatus.Open)} open; {report.Count(LineStatus.Unverified)} ticked but unverifiable; " +
        $"{report.NotMachineVerifiable} lines not machine-verifiable";

    private string Paint(LineStatus status, string text) => status switch
    {
        LineStatus.FalseClaim => style.Bold(style.Red(text)),
        LineStatus.Open => style.Bold(style.Yellow(text)),
        LineStatus.UnclaimedMet => style.Bold(style.Magenta(text)),
        LineStatus.Confirmed => style.Bold(style.Green(text)),
        _ => style.Bold(text),
    };

    private void WriteLine(ReconciledLine line, TextWriter output)
    {
        var item = line.Item;
        var marker = item.Marker ?? ChecklistNames.Of(item.Claim);
        output.WriteLine($"  {item.File}:{item.Line}  {marker} {item.Text}");
        output.WriteLine(style.Dim($"      {line.Reason}"));
        var max = options.Shows("evidence") ? MaxEvidence : MaxEvidenceByDefault;
        foreach (var evidence in line.Evidence.Take(max))
        {
            var where = evidence.Path.Length == 0 ? "(whole project)" : evidence.Line > 0 ? $"{evidence.Path}:{evidence.Line}" : evidence.Path;
            var outcome = Names.Of(evidence.Outcome);
            printed.TryAdd($"{evidence.ProbeId}\n{(evidence.Path.Length == 0 ? null : evidence.Path)}\n{(evidence.Path.Length == 0 ? "" : evidence.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))}\n{evidence.Message}", $"{item.File}:{item.Line}");
            output.WriteLine($"      {(evidence.Outcome == Core.Model.Outcome.Fail ? style.Red(outcome) : evidence.Outcome == Core.Model.Outcome.Pass ? style.Green(outcome) : outcome)}  {where}  {evidence.Message}");
        }

        if (line.Evidence.Count > max)
        {
            output.WriteLine($"      … and {line.Evidence.Count - max} more");
        }
    }

    private void WriteStatements(ChecklistReport report, TextWriter output)
    {
        var contradictions = report.Contradictions.ToList();
        var summaries = report.Summaries.Where(s => !s.Agrees).ToList();
        if (contradictions.Count + summaries.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(style.Bold(style.Yellow("THE CHECKLIST CONTRADICTS ITSELF")));
        foreach (var c in contradictions)
        {
            output.WriteLine($"  {c.File}:{c.Line}  ticked, but says \"{c.Phrase}\": {c.Text}");
        }

        foreach (var s in summaries)
        {
            var unit = s.Kind.Contains("percent", StringComparison.Ordinal) ? "%" : "";
            output.WriteLine($"  {s.File}:{s.Line}  states \"{s.Text}\", but its boxes give {s.Actual:0.##}{unit}");
        }
    }
}
