using Scanner.Cli.Config;
using Scanner.Checklist.Claims;
using Scanner.Checklist.Claims.Artifacts;
using Scanner.Checklist.Loading;
using Scanner.Checklist.Readiness;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Claims;
using Scanner.Core.Engine;
using Scanner.Core.Git;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes;
using Scanner.Probes.Runtime;
using Scanner.Reporting.Model;
using Scanner.Reporting.Safety;
using Serilog;

namespace Scanner.Cli;

/// <summary>Workspace → probes → checklist reconciliation → report: the whole scan, shared by the verbs.</summary>
internal static class ScanPipeline
{
    public static ScanReport Run(ScanSettings settings, ILogger log)
    {
        if (File.Exists(settings.Target))
        {
            throw new UsageException($"{settings.Target} is a file: scan takes the repository's folder (to judge this file as a checklist: readyscan scan . --checklist {settings.Target})");
        }

        if (!Directory.Exists(settings.Target))
        {
            throw new UsageException($"no such directory: {settings.Target}");
        }

        var timings = settings.Timings ?? new PhaseTimings();

        // The secret regexes nearly every scan needs are built on the core card loading and the walk leave idle.
        _ = Task.Run(SecretScanner.Prewarm);
        // So is the built-in control catalogue (rules/controls.yaml, a YAML parse), needed once the cards are in.
        _ = Task.Run(UserControls.Prewarm);
        var config = settings.Config;
        IReadOnlyList<string> rules = [.. config.Rules, .. settings.Rules is { } r ? new[] { r } : []];
        IReadOnlyList<string> plugins = [.. config.Plugins, .. settings.Plugins];
        var catalog = timings.Measure("rules", () => settings.ShareCatalogs ? ProbeCatalogs.Shared(rules, plugins) : ProbeCatalogs.LoadAll(rules, plugins), c => $"{c.Enabled.Count()} probe cards loaded");
        ConfigLoader.CheckIds(config, catalog);
        var controls = timings.Measure("controls", () => UserControls.Load([.. config.Controls, .. settings.Controls.Select(c => new ControlSource(c, c, null))], catalog), c => $"{c.Controls.Count} controls (the built-in ones loaded beside the cards)");
        catalog = catalog.WithSeverities(config.Severities);
        var options = new ScanOptions
        {
            Only = OnlyIds(settings.Only, catalog), Skip = SkipIds(settings.Skip, config.Skip, catalog), Suppressions = config.Suppressions, ToolVersion = ToolInfo.Version, Baseline = BaselineReport.Load(settings.Baseline), Timings = settings.Timings,
            SharedAnalyses = DefaultProbes.SharedAnalyses,
            ProbeDone = settings.Progress is { } probes ? (done, total) => probes("probes", done, total) : null,
        };
        var history = settings.History
            ? new HistoryOptions(settings.Since) { Progress = settings.Progress is { } commits ? (done, total) => commits("commits", done, total) : null }
            : null;
        var workspace = timings.Measure(
            "walk",
            () => Workspace.Open(settings.Target, new WorkspaceOptions { MaxFileSize = settings.MaxFileSize, History = history, Exclude = [.. settings.Exclude.Concat(config.Exclude).Select(e => new Glob(e.TrimEnd('/')))] }, log),
            w => $"{w.Files.Count} files listed, {w.Notes.Count} passed over");
        CheckHistory(settings, workspace, log);
        if (settings.Image is not null)
        {
            InspectImage(workspace, settings.Image, log);
        }

        // Checklists are read before the probes, which check the packages their ticked lines name.
        var files = settings.NoChecklist ? null : timings.Measure("checklist", () => ChecklistLoader.Load(workspace, settings.Checklists.Count > 0 ? settings.Checklists : [.. config.Checklists.Select(c => Path.Combine(settings.Target, c))]), f => $"{f.Count} checklist(s) read");
        if (files is not null)
        {
            log.Debug("Checklists: {Files}", files.Select(f => $"{f.Path} ({f.FoundBy})"));
            ClaimedPackages.Attach(workspace, PackageClaims.From(files));
        }

        var result = new ScanEngine(catalog, log).Run(workspace, options);
        foreach (var file in files ?? [])
        {
            workspace.Release(file.Path);
        }

        var checklist = files is null ? ChecklistReport.Empty : timings.Measure(
            "reconcile", () => new Reconciler(controls).Reconcile(files, result, new RepositoryLookup(workspace)), c => $"{c.Lines.Count} line(s) judged");
        // Every string from the repository passes this one redaction before any writer, or --annotate, sees it.
        return ReportRedaction.Apply(new ScanReport(DisplayPath(settings.Target), result, checklist)
        {
            Areas = ReadinessScorer.Score(controls, result), Anchors = ProjectAnchors.From(workspace.Files.Select(f => f.Path)),
        });
    }

    private static void CheckHistory(ScanSettings settings, Workspace workspace, ILogger log)
    {
        if (settings.History && !workspace.Git.IsRepository)
        {
            log.Warning("--history: {Target} is not a git repository; only the working tree is scanned", settings.Target);
        }
        else if (settings.Since is { } since && workspace.Git.IsRepository && !GitHistoryScanner.Resolves(workspace.Root, since))
        {
            throw new UsageException($"--since {since}: no such revision in this repository");
        }
    }

    /// <summary>1 when the gate fails, saying why on stderr (unless quiet), else 0.</summary>
    public static int ExitCode(ScanReport report, Gate gate, bool quiet)
    {
        var reasons = gate.Reasons(report);
        if (reasons.Count > 0 && !quiet)
        {
            Console.Error.WriteLine($"readyscan: gate failed: {string.Join("; ", reasons)}");
        }

        return reasons.Count > 0 ? ExitCodes.GateFailed : ExitCodes.Ok;
    }

    private static HashSet<string> SkipIds(IEnumerable<string> fromCommandLine, IEnumerable<string> fromConfig, ProbeCatalog catalog)
    {
        var ids = fromCommandLine.ToHashSet(StringComparer.Ordinal);
        var unknown = ids.Where(id => catalog.Find(id) is null).Order(StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? [.. ids.Concat(fromConfig)]
            : throw new UsageException($"--skip: unknown probe id(s): {string.Join(", ", unknown)} ('readyscan rules list' shows them)");
    }

    /// <summary>The image's facts go to the runtime probes; an engine that cannot be reached is a warning, not an error.</summary>
    private static void InspectImage(Workspace workspace, string image, ILogger log)
    {
        var inspection = new DockerImageInspector(DockerImageInspector.DefaultTimeout, log).Inspect(image);
        if (inspection.Facts is null)
        {
            log.Warning("runtime checks skipped: {Reason}", inspection.SkipReason);
        }

        RuntimeImages.Attach(workspace, inspection);
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

    private static string DisplayPath(string target)
    {
        var display = target.Replace('\\', '/').TrimEnd('/');
        return display.Length == 0 ? "/" : display;
    }
}
