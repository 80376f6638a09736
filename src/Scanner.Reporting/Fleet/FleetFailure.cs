using Scanner.Core.Model;

namespace Scanner.Reporting.Fleet;

/// <summary>A probe that failed: in one repository (<see cref="Repositories"/> is 1), or across the fleet.</summary>
public sealed record FleetFailure(string ProbeId, string Title, Severity Severity, int Repositories);
