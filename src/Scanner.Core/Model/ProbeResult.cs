namespace Scanner.Core.Model;

/// <summary>A probe's aggregated answer with every finding behind it, sorted.</summary>
public sealed record ProbeResult(ProbeInfo Probe, Outcome Outcome, IReadOnlyList<Finding> Findings)
{
    public string Summary { get; init; } = "";

    /// <summary>
    /// What the probe established for the checklist judge: the facts it emitted through <see cref="Engine.ProbeContext.Emit"/>,
    /// then one coarse fact per finding. Not part of the reports.
    /// </summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];
}
