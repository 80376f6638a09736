using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Cli.Config;

/// <summary>
/// A team's settings from <c>.readyscan.yml</c> (or <c>--config FILE</c>). Each key of the file has one handler
/// in <see cref="ConfigKeys"/> and one property here; a new key is one more of each. Command-line options win
/// over the file where both say something (lists such as <c>exclude</c> and <c>skip</c> add up).
/// </summary>
internal sealed record ScanConfig(string Source)
{
    public static ScanConfig None { get; } = new("");

    public IReadOnlyList<string> Checklists { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public IReadOnlyList<string> Skip { get; init; } = [];

    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>(StringComparer.Ordinal);

    public IReadOnlyList<string> FailOn { get; init; } = [];

    /// <summary>Rules folders, resolved against the config file's folder.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    public IReadOnlyList<PathSuppression> Suppressions { get; init; } = [];

    /// <summary>A team's controls: inline entries (named by the config file) or files resolved beside it.</summary>
    public IReadOnlyList<ControlSource> Controls { get; init; } = [];

    /// <summary>Plugin assemblies, resolved against the config file's folder.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>Where each probe id the file names was written (key and line), checked once the catalog is loaded.</summary>
    public IReadOnlyList<(string Id, string Where)> ProbeIds { get; init; } = [];
}
