using System.Runtime.CompilerServices;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Claims;

/// <summary>
/// The packages the scan's checklists claim, attached to the workspace before the probes run (as the inspected
/// image is), so a probe can check them without reading checklists itself: the checklist layer sits above probes.
/// </summary>
public static class ClaimedPackages
{
    private static readonly ConditionalWeakTable<Workspace, IReadOnlyList<ClaimedPackage>> Attached = [];

    public static void Attach(Workspace workspace, IReadOnlyList<ClaimedPackage> claims) => Attached.AddOrUpdate(workspace.Whole, claims);

    /// <summary>The claims, or null when no checklist was read for this workspace.</summary>
    public static IReadOnlyList<ClaimedPackage>? For(Workspace workspace) => Attached.TryGetValue(workspace.Whole, out var claims) ? claims : null;
}
