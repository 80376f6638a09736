using System.CommandLine;
using Scanner.Reporting;

namespace Scanner.Cli;

/// <summary>
/// The scan verb's output options, and the checks that turn them into a plan before any scanning: every
/// <c>--format NAME[=FILE]</c> is known, at most one report goes to stdout (or to <c>--output</c>), no two share a file.
/// </summary>
internal sealed class ReportOutputs
{
    private readonly Option<string[]> _format = new("--format", "-f")
    {
        Description = $"Report format, optionally with its own file: NAME or NAME=FILE, repeatable ({string.Join(", ", ReportWriters.Formats)}). Default: console.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report that has no =FILE here instead of stdout." };
    private readonly Option<bool> _sarifPasses = new("--sarif-passes") { Description = "SARIF: also list passing, inconclusive and not-applicable findings." };
    private readonly Option<string?> _linkBase = new("--link-base") { Description = "Markdown: prefix for evidence links, e.g. https://github.com/OWNER/REPO/blob/SHA/." };
    private readonly Option<bool> _annotate = new("--annotate") { Description = "Write <checklist>.readyscan.md beside each checklist (never over it) with each line's status and evidence." };
    private readonly Option<bool> _fixCheckboxes = new("--fix-checkboxes") { Description = "With --annotate (implied): tick or untick boxes in that copy to match the evidence." };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Console: only what needs action and the summary line; log errors only." };
    private readonly Option<string[]> _show = new("--show")
    {
        Description = $"Console: also list what is only counted by default ({string.Join(", ", ReportOptions.ShowKinds)}; comma-separated or repeated).",
        AllowMultipleArgumentsPerToken = false,
    };

    public IEnumerable<Option> All => [_format, _output, _sarifPasses, _linkBase, _annotate, _fixCheckboxes, _quiet, _show];

    public OutputPlan Plan(ParseResult parse)
    {
        var quiet = parse.GetValue(_quiet);
        var show = (parse.GetValue(_show) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
        if (show.Where(s => !ReportOptions.ShowKinds.Contains(s)).ToList() is { Count: > 0 } unknown)
        {
            throw new UsageException($"--show: unknown value(s) {string.Join(", ", unknown)} (known: {string.Join(", ", ReportOptions.ShowKinds)})");
        }

        var options = new ReportOptions { Quiet = quiet, SarifPasses = parse.GetValue(_sarifPasses), LinkBase = parse.GetValue(_linkBase), Show = show };
        var requested = parse.GetValue(_format) is { Length: > 0 } formats ? formats : ["console"];
        var output = parse.GetValue(_output);
        var targets = new List<OutputTarget>();
        foreach (var spec in requested)
        {
            var (name, path) = Split(spec);
            var stdout = path is null && output is null;
            var writer = ReportWriters.Create(name, stdout && name == "console" ? options with { Color = Terminal.StdoutWantsColor() } : options)
                ?? throw new UsageException($"unknown format '{name}' (formats: {string.Join(", ", ReportWriters.Formats)})");
            targets.Add(new OutputTarget(writer, path ?? output));
        }

        var unnamed = requested.Count(s => Split(s).Path is null);
        if (unnamed > 1)
        {
            throw new UsageException($"{unnamed} formats would share {(output is null ? "stdout" : output)}; give all but one a file, e.g. --format sarif=readyscan.sarif");
        }

        if (output is not null && unnamed == 0)
        {
            throw new UsageException("--output names no report: every --format already has its own =FILE");
        }

        var clash = targets.Where(t => t.Path is not null).GroupBy(t => Path.GetFullPath(t.Path!), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new UsageException($"two reports would overwrite each other in {clash.First().Path}");
        }

        var fix = parse.GetValue(_fixCheckboxes);
        return new OutputPlan(targets, parse.GetValue(_annotate) || fix, fix, quiet);
    }

    private static (string Name, string? Path) Split(string spec)
    {
        var at = spec.IndexOf('=', StringComparison.Ordinal);
        if (at < 0)
        {
            return (spec.Trim(), null);
        }

        var path = spec[(at + 1)..].Trim();
        return path.Length == 0 ? throw new UsageException($"--format {spec}: no file after '='") : (spec[..at].Trim(), path);
    }
}
