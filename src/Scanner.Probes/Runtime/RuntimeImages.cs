using System.Runtime.CompilerServices;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Runtime;

/// <summary>
/// The image inspected for a scan, attached to its workspace before the probes run (like the parsed-document
/// caches, keyed on the object it belongs to), so runtime probes read it without a network call of their own.
/// </summary>
public static class RuntimeImages
{
    private static readonly ConditionalWeakTable<Workspace, ImageInspection> Attached = [];

    public static void Attach(Workspace workspace, ImageInspection inspection) => Attached.AddOrUpdate(workspace.Whole, inspection);

    public static ImageInspection? For(Workspace workspace) => Attached.TryGetValue(workspace.Whole, out var inspection) ? inspection : null;
}
