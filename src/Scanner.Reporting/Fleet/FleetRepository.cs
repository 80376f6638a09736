using Scanner.Core.Model;

namespace Scanner.Reporting.Fleet;

/// <summary>
/// One repository's scan as the fleet report needs it: readiness by area, false claims, failing probes. A repository
/// that could not be scanned carries the reason instead.
/// </summary>
public sealed record FleetRepository(string Name)
{
    public string? Error { get; init; }

    public IReadOnlyList<FleetArea> Areas { get; init; } = [];

    public int FalseClaims { get; init; }

    /// <summary>Failing probes, most severe first, then by id.</summary>
    public IReadOnlyList<FleetFailure> Failing { get; init; } = [];

    public int FailingAt(Severity severity) => Failing.Count(f => f.Severity == severity);
}
