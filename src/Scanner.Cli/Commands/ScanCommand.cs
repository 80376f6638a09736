using System.CommandLine;
using System.Text;
using Scanner.Core.Workspaces;
using Scanner.Reporting;
using Scanner.Reporting.Model;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan scan [PATH]</c>: run the probes, judge the checklists, write the report.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Directory to scan.", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout." };
        var only = new Option<string?>("--only") { Description = "Comma-separated probe ids to run (default: all enabled)." };
        var maxSize = new Option<long>("--max-file-size") { Description = "Skip files larger than this many bytes.", DefaultValueFactory = _ => WorkspaceOptions.DefaultMaxFileSize };
        var checklists = new Option<string[]>("--checklist") { Description = "Checklist file to judge (repeatable); default: discovered by name.", AllowMultipleArgumentsPerToken = false };
        var noChecklist = new Option<bool>("--no-checklist") { Description = "Judge no checklist; report the probes only." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 on: false-claim (default), open (false claims or open lines), fail (any failing probe), never.", DefaultValueFactory = _ => "false-claim" };
        failOn.AcceptOnlyFromAmong("false-claim", "open", "fail", "never");
        var history = new Option<bool>("--history") { Description = "Also scan every commit's added lines for secrets and secret files removed since." };
        var since = new Option<string?>("--since") { Description = "With --history: only commits not reachable from this revision (implies --history)." };
        var baseline = new Option<string?>("--baseline") { Description = "A previous JSON report: its failures are suppressed, so only new findings count." };
        var rules = CommonOptions.Rules();
        var verbose = CommonOptions.Verbose();
        var command = new Command("scan", "Scan a directory: which readiness controls hold, with evidence, and which checklist ticks are true.")
        {
            path, format, output, only, maxSize, checklists, noChecklist, failOn, rules, verbose,
        };
        command.Options.Add(history);
        command.Options.Add(since);
        command.Options.Add(baseline);
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var settings = new ScanSettings(r.GetValue(path)!, r.GetValue(rules), r.GetValue(only), r.GetValue(maxSize),
                r.GetValue(checklists) ?? [], r.GetValue(noChecklist));
            settings = settings with { History = r.GetValue(history) || r.GetValue(since) is not null, Since = r.GetValue(since), Baseline = r.GetValue(baseline) };
            var report = ScanPipeline.Run(settings, Logging.Create(r.GetValue(verbose)));
            Write(report, ReportWriters.Find(r.GetValue(format)!)!, r.GetValue(output));
            return ScanPipeline.ExitCode(report, Enum.Parse<FailOn>(r.GetValue(failOn)!.Replace("-", "", StringComparison.Ordinal), ignoreCase: true));
        }));
        return command;
    }

    private static void Write(ScanReport report, IReportWriter writer, string? outputFile)
    {
        if (outputFile is null)
        {
            writer.Write(report, Console.Out);
            return;
        }

        using var file = new StreamWriter(outputFile, append: false, new UTF8Encoding(false));
        writer.Write(report, file);
    }
}
