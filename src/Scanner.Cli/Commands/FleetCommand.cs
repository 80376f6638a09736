using System.CommandLine;
using Scanner.Cli.Config;
using Scanner.Cli.Fleet;
using Scanner.Core.Workspaces;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan fleet scan|report</c>: scan a shard of many repositories, then merge their reports into one (<see cref="FleetReportCommand"/>).</summary>
internal static class FleetCommand
{
    public static Command Create()
    {
        var command = new Command("fleet", "Scan many repositories in shards on runners you already have, and merge their reports.");
        command.Subcommands.Add(Scan());
        command.Subcommands.Add(FleetReportCommand.Create());
        return command;
    }

    private static Command Scan()
    {
        var list = new Argument<string>("list") { Description = "File of repository paths, one per line (# comments and blank lines skipped)." };
        var shard = new Option<string>("--shard") { Description = "K/N: scan the K-th of N shards (by a SHA-256 of each repository's line).", DefaultValueFactory = _ => "1/1" };
        var output = new Option<string?>("--out") { Description = "Folder for one JSON report per repository (required unless --list)." };
        var rules = CommonOptions.Rules();
        var plugins = CommonOptions.Plugins();
        var controls = new Option<string[]>("--controls") { Description = "A file of your own controls, applied to every repository (repeatable).", AllowMultipleArgumentsPerToken = false };
        var owned = new Option<bool>("--list") { Description = "Print the repositories this shard owns, one per line, and scan nothing (to clone just those first)." };
        var verbose = CommonOptions.Verbose();
        var command = new Command("scan", "Scan this shard's repositories: one JSON report each in --out.") { list, shard, output, rules, plugins, controls, owned, verbose };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var part = FleetShard.Parse(r.GetValue(shard)!);
            var repositories = FleetList.Read(r.GetValue(list)!);
            if (r.GetValue(owned))
            {
                repositories.Where(part.Owns).ToList().ForEach(Console.WriteLine);
                return ExitCodes.Ok;
            }

            var folder = r.GetValue(output) ?? throw new UsageException("fleet scan: --out DIR is required (the folder for the reports)");
            ScanSettings For(string repository) => new ScanSettings(repository, r.GetValue(rules), null, WorkspaceOptions.DefaultMaxFileSize, [], false)
            {
                Plugins = r.GetValue(plugins) ?? [], Controls = r.GetValue(controls) ?? [], Config = ConfigLoader.Load(null, repository), ShareCatalogs = true,
            };
            var (scanned, failed) = new FleetScanner(For, Logging.Create(r.GetValue(verbose))).Scan(repositories, part, folder);
            Console.Error.WriteLine($"readyscan: fleet shard {part}: {scanned + failed} of {repositories.Count} repositories, {scanned} scanned, {failed} not scanned; reports in {folder}");
            return failed > 0 ? ExitCodes.GateFailed : ExitCodes.Ok;
        }));
        return command;
    }
}
