namespace Scanner.Core.Model;

/// <summary>Everything the probes found in one target, ready for the checklist and the writers.</summary>
public sealed record ScanResult(
    string ToolVersion,
    string Target,
    GitFacts Git,
    int FilesScanned,
    IReadOnlyList<ProbeResult> Probes,
    IReadOnlyList<ScanNote> Notes)
{
    /// <summary>The components of the repository (TRUTH.md §6), sorted by root.</summary>
    public IReadOnlyList<Components.Component> Components { get; init; } = [];

    /// <summary>The generated and vendored files code probes did not judge, in path order.</summary>
    public IReadOnlyList<GeneratedFile> Generated { get; init; } = [];

    public IEnumerable<Finding> AllFindings => Probes.SelectMany(p => p.Findings);
}
