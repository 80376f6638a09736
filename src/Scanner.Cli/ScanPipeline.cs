using Scanner.Checklist.Claims;
using Scanner.Checklist.Controls;
using Scanner.Checklist.Loading;
using Scanner.Checklist.Readiness;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Claims;
using Scanner.Core.Engine;
using Scanner.Core.Git;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
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
        if (!Directory.Exists(settings.Target))
        {
            throw new UsageException($"no such directory: {settings.Target}");
        }

        var timings = settings.Timings ?? new PhaseTimings();

        // The secret regexes nearly every scan needs are built on the core card loading and the walk leave idle.
        _ = Task.Run(SecretScanner.Prewarm);
        var catalog = timings.Measure("rules", () => ProbeCatalogs.Load(settings.Rules), c => $"{c.Enabled.Count()} probe cards loaded");
        var options = new ScanOptions
        {
            Only = OnlyIds(settings.Only, catalog), ToolVersion = ToolInfo.Version, Baseline = BaselineReport.Load(settings.Baseline), Timings = settings.Timings,
            ProbeDone = settings.Progress is { } probes ? (done, total) => probes("probes", done, total) : null,
        };
        var history = settings.History
            ? new HistoryOptions(settings.Since) { Progress = settings.Progress is { } commits ? (done, total) => commits("commits", done, total) : null }
            : null;
        var workspace = timings.Measure(
            "walk",
            () => Workspace.Open(settings.Target, new WorkspaceOptions { MaxFileSize = settings.MaxFileSize, History = history, Exclude = [.. settings.Exclude.Select(e => new Glob(e.TrimEnd('/')))] }, log),
            w => $"{w.Files.Count} files listed, {w.Notes.Count} passed over");
        CheckHistory(settings, workspace, log);
        if (settings.Image is not null)
        {
            InspectImage(workspace, settings.Image, log);
        }

        // Checklists are read before the probes, which check the packages their ticked lines name.
        var files = settings.NoChecklist ? null : timings.Measure("checklist", () => ChecklistLoader.Load(workspace, settings.Checklists), f => $"{f.Count} checklist(s) read");
        if (files is not null)
        {
            log.Debug("Checklists: {Files}", files.Select(f => $"{f.Path} ({f.FoundBy})"));
            ClaimedPackages.Attach(workspace, PackageClaims.From(files));
        }

        var result = new ScanEngine(catalog, log).Run(workspace, options);
        var controls = ControlCatalog.LoadDefault();
        var checklist = files is null ? ChecklistReport.Empty : timings.Measure(
            "reconcile", () => new Reconciler(controls).Reconcile(files, result), c => $"{c.Lines.Count} line(s) judged");
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

    public static int ExitCode(ScanReport report, FailOn failOn)
    {
        var gateFailed = failOn switch
        {
            FailOn.FalseClaim => report.Checklist.Count(LineStatus.FalseClaim) > 0,
            FailOn.Open => report.Checklist.Count(LineStatus.FalseClaim) + report.Checklist.Count(LineStatus.Open) > 0,
            FailOn.Fail => report.Scan.Probes.Any(p => p.Outcome == Core.Model.Outcome.Fail),
            _ => false,
        };
        return gateFailed ? ExitCodes.GateFailed : ExitCodes.Ok;
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
