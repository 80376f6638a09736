using Scanner.Cli.Config;
using Scanner.Core.Engine;

namespace Scanner.Cli;

/// <summary>Everything a scan needs from the command line, parsed and validated.</summary>
internal sealed record ScanSettings(
    string Target,
    string? Rules,
    string? Only,
    long MaxFileSize,
    IReadOnlyList<string> Checklists,
    bool NoChecklist)
{
    /// <summary>A built image to inspect through the Docker engine (<c>--image</c>), or null.</summary>
    public string? Image { get; init; }

    /// <summary>Also scan every commit's added lines (<c>--history</c>, implied by <c>--since</c>).</summary>
    public bool History { get; init; }

    /// <summary>Limit the history scan to commits not reachable from this revision (<c>--since</c>).</summary>
    public string? Since { get; init; }

    /// <summary>A previous JSON report whose failures are not new (<c>--baseline</c>).</summary>
    public string? Baseline { get; init; }

    /// <summary>Where to record phase times (<c>--timings</c>); null records nothing.</summary>
    public PhaseTimings? Timings { get; init; }

    /// <summary>The config file's settings, read by the pipeline (<see cref="ScanConfig.None"/> until then).</summary>
    public ScanConfig Config { get; init; } = ScanConfig.None;

    /// <summary>Gitignore-style globs of paths to leave out (<c>--exclude</c>, repeatable).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Probe ids not to run (<c>--skip</c>, repeatable or comma-separated), added to the config file's.</summary>
    public IReadOnlyList<string> Skip { get; init; } = [];

    /// <summary>The config file named with <c>--config</c>; null looks for <c>.readyscan.yml</c> at the target's root.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Plugin assemblies (<c>--plugin</c>, repeatable), added to the config file's.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>Files of a team's controls (<c>--controls</c>, repeatable), applied after the config file's.</summary>
    public IReadOnlyList<string> Controls { get; init; } = [];

    /// <summary>Reuse the catalog loaded for the same rules folders and plugins earlier in this process (fleet scans).</summary>
    public bool ShareCatalogs { get; init; }

    /// <summary>Told (what is counted, done, in all) as the scan goes: probes, and commits with --history; null for none.</summary>
    public Action<string, int, int>? Progress { get; init; }
}
