using System.CommandLine;
using Scanner.Cli.Config;
using Scanner.Core.Engine;
using Scanner.Core.Workspaces;
using Scanner.Reporting.Model;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan scan [PATH]</c>: run the probes, judge the checklists, write the reports.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Directory to scan.", DefaultValueFactory = _ => "." };
        var only = new Option<string?>("--only") { Description = "Comma-separated probe ids to run (default: all enabled)." };
        var maxSize = new Option<long>("--max-file-size") { Description = "Skip files larger than this many bytes.", DefaultValueFactory = _ => WorkspaceOptions.DefaultMaxFileSize };
        var checklists = new Option<string[]>("--checklist") { Description = "Checklist file to judge (repeatable); default: discovered by name.", AllowMultipleArgumentsPerToken = false };
        var noChecklist = new Option<bool>("--no-checklist") { Description = "Judge no checklist; report the probes only." };
        var failOn = new Option<string[]>("--fail-on") { Description = "Exit 1 on (combine with commas): false-claim, open, fail (any failing probe), critical|high|medium|low (a failing finding at or above), never. Default: false claims and critical or high security findings.", AllowMultipleArgumentsPerToken = false };
        var skip = new Option<string[]>("--skip") { Description = "Probe ids not to run (repeatable or comma-separated).", AllowMultipleArgumentsPerToken = false };
        var config = new Option<string?>("--config") { Description = "Config file (default: .readyscan.yml at the target's root, when there is one)." };
        var image = new Option<string?>("--image") { Description = "Also inspect this built image through the Docker engine (DOCKER_HOST or the default socket)." };
        var history = new Option<bool>("--history") { Description = "Also scan every commit's added lines for secrets and secret files removed since." };
        var since = new Option<string?>("--since") { Description = "With --history: only commits not reachable from this revision (implies --history)." };
        var baseline = new Option<string?>("--baseline") { Description = "A previous JSON report: its failures are suppressed, so only new findings count." };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out paths matching this gitignore-style glob (repeatable), e.g. --exclude fixtures/ --exclude '*.min.js'.", AllowMultipleArgumentsPerToken = false };
        var timings = new Option<bool>("--timings") { Description = "Print where the time went (startup, walk, read, probes by family, checklist, report) to stderr." };
        var rules = CommonOptions.Rules();
        var plugins = CommonOptions.Plugins();
        var controls = new Option<string[]>("--controls") { Description = "A file of your own controls (like rules/controls.yaml): new ones, or more words and probes for built-in ones (repeatable).", AllowMultipleArgumentsPerToken = false };
        var verbose = CommonOptions.Verbose();
        var outputs = new ReportOutputs();
        var command = new Command("scan", "Scan a directory: which readiness controls hold, with evidence, and which checklist ticks are true.")
        {
            path, only, maxSize, checklists, noChecklist, failOn, image, rules, verbose,
        };
        foreach (var option in outputs.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(history);
        command.Options.Add(since);
        command.Options.Add(baseline);
        command.Options.Add(timings);
        command.Options.Add(exclude);
        command.Options.Add(skip);
        command.Options.Add(config);
        command.Options.Add(plugins);
        command.Options.Add(controls);

        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var clock = r.GetValue(timings) ? new PhaseTimings() : null;
            clock?.Record("startup", TimingsTable.SinceProcessStart(), "runtime start and argument parsing");
            var plan = outputs.Plan(r);
            var settings = new ScanSettings(r.GetValue(path)!, r.GetValue(rules), r.GetValue(only), r.GetValue(maxSize),
                r.GetValue(checklists) ?? [], r.GetValue(noChecklist)) { Image = r.GetValue(image), Timings = clock };
            settings = settings with
            {
                History = r.GetValue(history) || r.GetValue(since) is not null, Since = r.GetValue(since), Baseline = r.GetValue(baseline), Exclude = r.GetValue(exclude) ?? [],
                Skip = [.. (r.GetValue(skip) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))], ConfigFile = r.GetValue(config),
                Plugins = r.GetValue(plugins) ?? [], Controls = r.GetValue(controls) ?? [],
            };
            settings = settings with { Config = ConfigLoader.Load(settings.ConfigFile, settings.Target) };
            var gateTerms = r.GetValue(failOn) ?? [];
            var gate = gateTerms.Length > 0 ? Gate.Parse(gateTerms) : Gate.Parse(settings.Config.FailOn, $"{settings.Config.Source}: fail-on");
            ScanReport report;
            using (var progress = ProgressBar.Wanted(plan.Quiet, r.GetValue(verbose)) ? new ProgressBar(Console.Error) : null)
            {
                report = ScanPipeline.Run(settings with { Progress = progress is null ? null : progress.Report }, Logging.Create(r.GetValue(verbose), plan.Quiet));
            }

            // The gate's reason goes to stderr before the reports, so a stderr that carries the summary line ends with it.
            var exitCode = ScanPipeline.ExitCode(report, gate, plan.Quiet);
            if (clock is null)
            {
                plan.Write(report, settings.Target);
            }
            else
            {
                clock.Measure("report", () => plan.Write(report, settings.Target), $"{plan.Targets.Count} output(s)");
                TimingsTable.Write(Console.Error, clock, TimingsTable.SinceProcessStart());
            }

            return exitCode;
        }));
        return command;
    }
}
