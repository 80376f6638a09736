using System.CommandLine;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Reporting;
using Scanner.Reporting.Model;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan scan [PATH]</c>: run the probes over a directory and write the report.</summary>
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
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when: fail = any probe fails; never.", DefaultValueFactory = _ => "fail" };
        failOn.AcceptOnlyFromAmong("fail", "never");
        var rules = CommonOptions.Rules();
        var verbose = CommonOptions.Verbose();
        var command = new Command("scan", "Scan a directory and report which readiness controls hold, with evidence.")
        {
            path, format, output, only, maxSize, failOn, rules, verbose,
        };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var log = Logging.Create(r.GetValue(verbose));
            var target = r.GetValue(path)!;
            if (!Directory.Exists(target))
            {
                throw new UsageException($"no such directory: {target}");
            }

            var catalog = ProbeCatalogs.Load(r.GetValue(rules));
            var options = new ScanOptions { Only = OnlyIds(r.GetValue(only), catalog), ToolVersion = ToolInfo.Version };
            var workspace = Workspace.Open(target, new WorkspaceOptions { MaxFileSize = r.GetValue(maxSize) }, log);
            var result = new ScanEngine(catalog, log).Run(workspace, options);
            var report = new ScanReport(DisplayPath(target), result);
            Write(report, ReportWriters.Find(r.GetValue(format)!)!, r.GetValue(output));
            var failed = result.Probes.Any(p => p.Outcome == Outcome.Fail);
            return failed && r.GetValue(failOn) == "fail" ? ExitCodes.GateFailed : ExitCodes.Ok;
        }));
        return command;
    }

    private static HashSet<string>? OnlyIds(string? only, ProbeCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(only))
        {
            return null;
        }

        var ids = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = ids.Where(id => catalog.Find(id) is null).Order(StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? ids : throw new UsageException($"unknown probe id(s): {string.Join(", ", unknown)} ('readyscan rules list' shows them)");
    }

    private static void Write(ScanReport report, IReportWriter writer, string? outputFile)
    {
        if (outputFile is null)
        {
            writer.Write(report, Console.Out);
            return;
        }

        using var file = new StreamWriter(outputFile, append: false, new System.Text.UTF8Encoding(false));
        writer.Write(report, file);
    }

    private static string DisplayPath(string target)
    {
        var display = target.Replace('\\', '/').TrimEnd('/');
        return display.Length == 0 ? "/" : display;
    }
}
