using System.CommandLine;
using System.Text;
using Scanner.Cli.Config;
using Scanner.Cli.Fleet;
using Scanner.Core.Workspaces;
using Scanner.Reporting.Fleet;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan fleet scan|report</c>: scan a shard of many repositories, then merge their reports into one.</summary>
internal static class FleetCommand
{
    public static Command Create()
    {
        var command = new Command("fleet", "Scan many repositories in shards on runners you already have, and merge their reports.");
        command.Subcommands.Add(Scan());
        command.Subcommands.Add(Report());
        return command;
    }

    private static Command Scan()
    {
        var list = new Argument<string>("list") { Description = "File of repository paths, one per line (# comments and blank lines skipped)." };
        var shard = new Option<string>("--shard") { Description = "K/N: scan the K-th of N shards (by a SHA-256 of each repository's line).", DefaultValueFactory = _ => "1/1" };
        var output = new Option<string>("--out") { Description = "Folder for one JSON report per repository.", Required = true };
        var rules = CommonOptions.Rules();
        var plugins = CommonOptions.Plugins();
        var controls = new Option<string[]>("--controls") { Description = "A file of your own controls, applied to every repository (repeatable).", AllowMultipleArgumentsPerToken = false };
        var verbose = CommonOptions.Verbose();
        var command = new Command("scan", "Scan this shard's repositories: one JSON report each in --out.") { list, shard, output, rules, plugins, controls, verbose };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var part = FleetShard.Parse(r.GetValue(shard)!);
            var repositories = FleetList.Read(r.GetValue(list)!);
            ScanSettings For(string repository) => new ScanSettings(repository, r.GetValue(rules), null, WorkspaceOptions.DefaultMaxFileSize, [], false)
            {
                Plugins = r.GetValue(plugins) ?? [], Controls = r.GetValue(controls) ?? [], Config = ConfigLoader.Load(null, repository),
            };
            var (scanned, failed) = new FleetScanner(For, Logging.Create(r.GetValue(verbose))).Scan(repositories, part, r.GetValue(output)!);
            Console.Error.WriteLine($"readyscan: fleet shard {part}: {scanned + failed} of {repositories.Count} repositories, {scanned} scanned, {failed} not scanned; reports in {r.GetValue(output)}");
            return failed > 0 ? ExitCodes.GateFailed : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Report()
    {
        var directory = new Argument<string>("dir") { Description = "Folder of per-repository JSON reports (every shard's, together)." };
        var format = new Option<string>("--format") { Description = "html, markdown or json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong([.. FleetWriters.ByFormat.Keys]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout." };
        var command = new Command("report", "Merge per-repository reports: readiness by area, false claims, failing probes; the most common failures and the worst repositories.") { directory, format, output };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var folder = r.GetValue(directory)!;
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"no such folder: {folder}");
            }

            var report = FleetReportReader.Read(folder);
            var write = FleetWriters.ByFormat[r.GetValue(format)!];
            if (r.GetValue(output) is { } file)
            {
                using var stream = new StreamWriter(file, false, new UTF8Encoding(false));
                write(report, stream);
            }
            else
            {
                write(report, Console.Out);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
