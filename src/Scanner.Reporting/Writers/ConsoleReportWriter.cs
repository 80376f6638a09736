using System.Globalization;
using Scanner.Core.Model;
using Scanner.Reporting.Model;
using Scanner.Reporting.Safety;

namespace Scanner.Reporting.Writers;

/// <summary>
/// The report for people: failures first with every location and its evidence line, then what could not be
/// decided, then passes with where they were seen, then what did not apply, then what the scan passed over, and a
/// summary line last. Quiet keeps only what needs action; colour is used only when the caller says stdout is a terminal.
/// </summary>
public sealed class ConsoleReportWriter(ReportOptions options) : IReportWriter
{
    private readonly ConsoleStyle _style = new(options.Color);

    private const int MaxFindingsPerProbe = 25;

    private static readonly Outcome[] Order = [Outcome.Fail, Outcome.Inconclusive, Outcome.Pass, Outcome.NotApplicable];

    public ConsoleReportWriter()
        : this(ReportOptions.Default)
    {
    }

    public string Format => "console";

    public void Write(ScanReport report, TextWriter output)
    {
        // The writer's one escaping step: below it, every string from the repository is free of control characters.
        report = ReportEscaping.Apply(report);
        var scan = report.Scan;
        var counts = Order.Select(o => $"{scan.Probes.Count(p => p.Outcome == o)} {Names.Of(o)}");
        output.WriteLine(_style.Bold($"ReadyScan {scan.ToolVersion}: {report.Target}") + _style.Dim(scan.Git.IsRepository ? $" (git {Short(scan.Git.Head)})" : ""));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scan.FilesScanned} files, {scan.Probes.Count} probes: {string.Join(", ", counts)}"));
        output.WriteLine();
        new ChecklistConsole(_style, options.Quiet).Write(report.Checklist, output);
        var shown = options.Quiet ? scan.Probes.Where(p => p.Outcome == Outcome.Fail).ToList() : [.. scan.Probes];
        if (shown.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(_style.Bold(options.Quiet ? "FAILING PROBES" : "PROBES"));
        }

        foreach (var probe in Order.SelectMany(o => shown.Where(p => p.Outcome == o)))
        {
            output.WriteLine();
            WriteProbe(probe, output);
        }

        WriteSuppressionNotes(scan.Notes, output);
        if (!options.Quiet)
        {
            WriteNotes([.. scan.Notes.Where(n => !SuppressionNotes.Is(n))], output);
        }

        output.WriteLine();
        output.WriteLine(_style.Bold("Summary: ") + ReportSummary.Line(report));
    }

    private void WriteProbe(ProbeResult probe, TextWriter output)
    {
        output.WriteLine($"{Label(probe.Outcome)} {_style.Bold(probe.Probe.Id)} [{Names.Of(probe.Probe.Severity)}] {probe.Probe.Title}");
        output.WriteLine($"      {probe.Summary}");
        var shown = probe.Findings
            .Where(f => probe.Outcome != Outcome.Fail || f.Outcome == Outcome.Fail)
            .Where(f => f.Location is not null || f.Message != probe.Summary)
            .ToList();
        foreach (var finding in shown.Take(MaxFindingsPerProbe))
        {
            var where = finding.Location?.ToString() ?? "(whole project)";
            var mark = finding.IsSuppressed ? _style.Dim($" [suppressed: {finding.Suppression!.Justification}]") : "";
            output.WriteLine($"      {where}  {finding.Message}{mark}");
            if (!string.IsNullOrEmpty(finding.Evidence))
            {
                output.WriteLine(_style.Dim($"        > {finding.Evidence}"));
            }
        }

        if (shown.Count > MaxFindingsPerProbe)
        {
            output.WriteLine($"      … and {shown.Count - MaxFindingsPerProbe} more (--format json lists all)");
        }

        if (probe.Outcome == Outcome.Fail)
        {
            output.WriteLine($"      fix: {probe.Probe.Remediation}");
        }
    }

    private static void WriteNotes(IReadOnlyList<ScanNote> notes, TextWriter output)
    {
        if (notes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        var byKind = notes.GroupBy(n => n.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"Passed over {notes.Count} path(s): {string.Join(", ", byKind)}");
        foreach (var note in notes.Where(n => n.Kind != "skipped-folder").Take(MaxFindingsPerProbe))
        {
            output.WriteLine($"      {(note.Path.Length == 0 ? "." : note.Path)}  {note.Kind}: {note.Message}");
        }
    }

    private void WriteSuppressionNotes(IReadOnlyList<ScanNote> notes, TextWriter output)
    {
        var ignored = notes.Where(SuppressionNotes.Is).ToList();
        if (ignored.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(_style.Bold($"SUPPRESSIONS THAT DO NOTHING ({ignored.Count})"));
        foreach (var note in ignored)
        {
            output.WriteLine($"      {note.Path}  {note.Message}");
        }
    }

    private string Label(Outcome outcome) => outcome switch
    {
        Outcome.Fail => _style.Red("FAIL "),
        Outcome.Pass => _style.Green("PASS "),
        Outcome.NotApplicable => _style.Dim("N/A  "),
        _ => _style.Yellow("UNSURE"),
    };

    private static string Short(string? sha) => sha is { Length: > 10 } ? sha[..10] : sha ?? "no commits";
}
