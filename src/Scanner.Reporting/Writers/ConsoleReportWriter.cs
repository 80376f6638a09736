using System.Globalization;
using Scanner.Core.Model;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// The report for people: failures first with every location and its evidence line, then what could not be
/// decided, then passes with where they were seen, then what did not apply, then what the scan passed over.
/// </summary>
public sealed class ConsoleReportWriter(ReportOptions options) : IReportWriter
{
    public ReportOptions Options { get; } = options;

    private const int MaxFindingsPerProbe = 25;

    private static readonly Outcome[] Order = [Outcome.Fail, Outcome.Inconclusive, Outcome.Pass, Outcome.NotApplicable];

    public ConsoleReportWriter()
        : this(ReportOptions.Default)
    {
    }

    public string Format => "console";

    public void Write(ScanReport report, TextWriter output)
    {
        var scan = report.Scan;
        var counts = Order.Select(o => $"{scan.Probes.Count(p => p.Outcome == o)} {Names.Of(o)}");
        output.WriteLine($"ReadyScan {scan.ToolVersion}: {report.Target}{(scan.Git.IsRepository ? $" (git {Short(scan.Git.Head)})" : "")}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scan.FilesScanned} files, {scan.Probes.Count} probes: {string.Join(", ", counts)}"));
        output.WriteLine();
        ChecklistConsole.Write(report.Checklist, output);
        output.WriteLine();
        output.WriteLine("PROBES");
        foreach (var outcome in Order)
        {
            foreach (var probe in scan.Probes.Where(p => p.Outcome == outcome))
            {
                output.WriteLine();
                WriteProbe(probe, output);
            }
        }

        WriteNotes(scan.Notes, output);
    }

    private static void WriteProbe(ProbeResult probe, TextWriter output)
    {
        output.WriteLine($"{Label(probe.Outcome)} {probe.Probe.Id} [{Names.Of(probe.Probe.Severity)}] {probe.Probe.Title}");
        output.WriteLine($"      {probe.Summary}");
        var shown = probe.Findings
            .Where(f => probe.Outcome != Outcome.Fail || f.Outcome == Outcome.Fail)
            .Where(f => f.Location is not null || f.Message != probe.Summary)
            .ToList();
        foreach (var finding in shown.Take(MaxFindingsPerProbe))
        {
            var where = finding.Location?.ToString() ?? "(whole project)";
            var mark = finding.IsSuppressed ? $" [suppressed: {finding.Suppression!.Justification}]" : "";
            output.WriteLine($"      {where}  {finding.Message}{mark}");
            if (!string.IsNullOrEmpty(finding.Evidence))
            {
                output.WriteLine($"        > {finding.Evidence}");
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

    private static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Fail => "FAIL ",
        Outcome.Pass => "PASS ",
        Outcome.NotApplicable => "N/A  ",
        _ => "UNSURE",
    };

    private static string Short(string? sha) => sha is { Length: > 10 } ? sha[..10] : sha ?? "no commits";
}
