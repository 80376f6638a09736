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

    private const int MaxFindingsByDefault = 2;

    /// <summary>Failing findings the checklist section printed as evidence, and the checklist line they were printed under.</summary>
    private readonly Dictionary<string, string> _printed = new(StringComparer.Ordinal);

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
        _printed.Clear();
        new ChecklistConsole(_style, options, _printed).Write(report.Checklist, output);
        WriteProbes(scan, output);
        WriteSuppressionNotes(scan.Notes, output);
        if (!options.Quiet)
        {
            WriteNotes([.. scan.Notes.Where(n => !SuppressionNotes.Is(n))], output);
        }

        WriteGenerated(scan.Generated, output);

        output.WriteLine();
        output.WriteLine(_style.Bold("Summary: ") + ReportSummary.Line(report));
    }

    /// <summary>
    /// Failing probes, gating ones first and advisory ones on a line each; the other outcomes are counted, and
    /// listed only when asked (<c>--show pass,na,inconclusive</c>), so the report leads with what needs action.
    /// </summary>
    /// <summary>Items after a lead, separated by " · " and wrapped near 120 columns with continuation lines indented.</summary>
    private static void WriteWrapped(TextWriter output, string lead, IEnumerable<string> items)
    {
        var line = new System.Text.StringBuilder(lead);
        var width = lead.Length;
        var first = true;
        foreach (var item in items)
        {
            var piece = first ? item : " · " + item;
            if (!first && width + piece.Length > 120)
            {
                output.WriteLine(line.Append(" ·").ToString());
                line.Clear().Append("      ").Append(item);
                width = 6 + item.Length;
            }
            else
            {
                line.Append(piece);
                width += piece.Length;
            }

            first = false;
        }

        output.WriteLine(line.ToString());
    }

    private void WriteProbes(ScanResult scan, TextWriter output)
    {
        var failing = scan.Probes.Where(p => p.Outcome == Outcome.Fail).ToList();
        var gating = failing.Where(p => !p.Probe.Advisory).ToList();
        var advisory = failing.Where(p => p.Probe.Advisory).ToList();
        if (failing.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(_style.Bold($"FAILING PROBES ({gating.Count}{(advisory.Count > 0 ? $", and {advisory.Count} advisory" : "")})"));
            foreach (var probe in gating)
            {
                WriteProbe(probe, output);
            }

            // Advice never gates: by default its probes are named, not explained (--show advice gives a line each).
            if (advisory.Count > 0 && !options.Shows("advice"))
            {
                WriteWrapped(output, $"{_style.Yellow("ADVICE")} ({advisory.Count}, --show advice explains them): ", advisory.Select(p => p.Probe.Id));
            }

            foreach (var probe in advisory.Where(_ => options.Shows("advice")))
            {
                var first = probe.Findings.FirstOrDefault(f => f.Outcome == Outcome.Fail);
                output.WriteLine($"{_style.Yellow("ADVICE")} {_style.Bold(probe.Probe.Id)} {probe.Probe.Title}: {first?.Location?.ToString() ?? "(whole project)"}  {first?.Message}");
            }
        }

        if (options.Quiet)
        {
            return;
        }

        var listed = new[] { (Outcome.Inconclusive, "inconclusive"), (Outcome.Pass, "pass"), (Outcome.NotApplicable, "na") }.Where(x => options.Shows(x.Item2)).Select(x => x.Item1).ToList();
        foreach (var outcome in listed)
        {
            var probes = scan.Probes.Where(p => p.Outcome == outcome).ToList();
            if (probes.Count > 0)
            {
                output.WriteLine();
                output.WriteLine(_style.Bold($"{Names.Of(outcome).ToUpperInvariant()} ({probes.Count})"));
                probes.ForEach(p => WriteProbe(p, output));
            }
        }

        var counted = Order.Skip(1).Where(o => !listed.Contains(o)).Select(o => (Outcome: o, Count: scan.Probes.Count(p => p.Outcome == o))).Where(x => x.Count > 0).ToList();
        if (counted.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(_style.Dim($"Not listed: {string.Join(", ", counted.Select(x => $"{x.Count} {Names.Of(x.Outcome)}"))} probe(s) (--show pass,na,inconclusive lists them)"));
        }
    }

    private void WriteProbe(ProbeResult probe, TextWriter output)
    {
        var compact = !options.Shows("evidence");
        var failing = probe.Findings
            .Where(f => probe.Outcome != Outcome.Fail || f.Outcome == Outcome.Fail)
            .Where(f => f.Location is not null || f.Message != probe.Summary)
            .ToList();

        // A failure already printed as a checklist line's evidence is not printed again, only pointed at.
        var shown = compact ? failing.Where(f => !_printed.ContainsKey(Key(f))).ToList() : failing;
        var above = failing.Where(f => _printed.ContainsKey(Key(f))).Select(f => _printed[Key(f)]).Distinct().ToList();
        var where = above.Count == 0 || !compact ? "" : _style.Dim($" (evidence above, at {string.Join(", ", above)})");
        var header = $"{Label(probe.Outcome)} {_style.Bold(probe.Probe.Id)} [{Names.Of(probe.Probe.Severity)}] {probe.Probe.Title}";
        if (compact)
        {
            output.WriteLine($"{header}: {probe.Summary}{where}");
        }
        else
        {
            output.WriteLine(header);
            output.WriteLine($"      {probe.Summary}");
        }

        var max = compact ? MaxFindingsByDefault : MaxFindingsPerProbe;
        foreach (var (finding, index) in shown.Take(max).Select((f, i) => (f, i)))
        {
            var at = finding.Location?.ToString() ?? "(whole project)";
            var mark = finding.IsSuppressed ? _style.Dim($" [suppressed: {finding.Suppression!.Justification}]") : "";
            var more = index == max - 1 && shown.Count > max ? _style.Dim($" (+{shown.Count - max} more: --show evidence)") : "";
            output.WriteLine($"      {at}  {finding.Message}{mark}{more}");
            if (!string.IsNullOrEmpty(finding.Evidence) && !compact)
            {
                output.WriteLine(_style.Dim($"        > {finding.Evidence}"));
            }
        }

        if (!compact && shown.Count > max)
        {
            output.WriteLine($"      … and {shown.Count - max} more (--format json lists all)");
        }

        if (probe.Outcome == Outcome.Fail)
        {
            output.WriteLine($"      fix: {probe.Probe.Remediation}");
        }
    }

    private static string Key(Finding finding) =>
        $"{finding.ProbeId}\n{finding.Location?.Path}\n{finding.Location?.Line.ToString(CultureInfo.InvariantCulture)}\n{finding.Message}";

    private void WriteNotes(IReadOnlyList<ScanNote> notes, TextWriter output)
    {
        if (notes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        var byKind = notes.GroupBy(n => n.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"Passed over {notes.Count} path(s): {string.Join(", ", byKind)}");
        foreach (var note in notes.Where(n => n.Kind != "skipped-folder" && options.Shows("notes")).Take(MaxFindingsPerProbe))
        {
            output.WriteLine($"      {(note.Path.Length == 0 ? "." : note.Path)}  {note.Kind}: {note.Message}");
        }
    }

    private void WriteGenerated(IReadOnlyList<GeneratedFile> files, TextWriter output)
    {
        if (files.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(GeneratedFiles.Line(files));
        foreach (var file in files.Where(_ => options.Shows("notes")).Take(MaxFindingsPerProbe))
        {
            output.WriteLine($"      {file.Path}  {file.Kind}");
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
