namespace Scanner.Core.Model;

/// <summary>A probe's aggregated answer with every finding behind it, sorted.</summary>
public sealed record ProbeResult(ProbeInfo Probe, Outcome Outcome, IReadOnlyList<Finding> Findings)
{
    public string Summary { get; init; } = "";
}
