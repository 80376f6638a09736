using Scanner.Checklist.Readiness;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;

namespace Scanner.Reporting.Model;

/// <summary>What writers format: the probes' results, the judged checklists, and how the target was named.</summary>
public sealed record ScanReport(string Target, ScanResult Scan, ChecklistReport Checklist)
{
    /// <summary>Every control judged on the evidence, counted per area (empty when the caller did not score).</summary>
    public IReadOnlyList<AreaScore> Areas { get; init; } = [];

    /// <summary>The file each ecosystem's project-level findings are shown at where a format needs one (SARIF).</summary>
    public ProjectAnchors Anchors { get; init; } = ProjectAnchors.Empty;
}
