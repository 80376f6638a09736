namespace Scanner.Core.Engine;

public sealed record ScanOptions
{
    /// <summary>Run only these probe ids; null runs every enabled card.</summary>
    public IReadOnlySet<string>? Only { get; init; }

    public string ToolVersion { get; init; } = "0.0.0";

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Fingerprints of failures already known (a previous JSON report, <c>--baseline</c>): they are suppressed, so only new ones count.</summary>
    public IReadOnlySet<string>? Baseline { get; init; }

    /// <summary>Probe ids not to run (<c>--skip</c>, a config file's <c>skip:</c>).</summary>
    public IReadOnlySet<string> Skip { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Path-scoped suppressions from a config file, applied to failing findings like inline markers.</summary>
    public IReadOnlyList<PathSuppression> Suppressions { get; init; } = [];

    /// <summary>The day <c>readyscan:ignore ... until</c> dates are compared with.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Where to record phase and probe times (<c>--timings</c>); null records nothing.</summary>
    public PhaseTimings? Timings { get; init; }

    /// <summary>The time each probe may spend on one file before the file is reported Inconclusive (time-budget).</summary>
    public TimeSpan FileBudget { get; init; } = Engine.FileBudget.Default;

    /// <summary>Told (probes done, probes in all) after each probe, from any thread; null tells nobody.</summary>
    public Action<int, int>? ProbeDone { get; init; }

    /// <summary>Structures the probes share, built before they run (<see cref="SharedAnalysis"/>); none by default.</summary>
    public IReadOnlyList<SharedAnalysis> SharedAnalyses { get; init; } = [];
}
