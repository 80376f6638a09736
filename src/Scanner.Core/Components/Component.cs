namespace Scanner.Core.Components;

/// <summary>
/// One deployable part of a repository (TRUTH.md §6): its root folder ("" for the repository root), ecosystem
/// (<c>node</c>, <c>python</c>, <c>dotnet</c>), shape (<c>next</c>, <c>spa</c>, <c>server</c>, <c>functions</c>,
/// <c>django</c>, <c>flask</c>, <c>fastapi</c>, <c>aspnet</c>, <c>package</c>), the commands or files that start it in
/// production, and whether it is production at all (an example, demo, backup or legacy copy is not).
/// </summary>
public sealed record Component(string Root, string Ecosystem, string Kind, bool Production, IReadOnlyList<ComponentEntry> Entries)
{
    /// <summary>Whether a repository path lies inside this component's root.</summary>
    public bool Contains(string path) => Root.Length == 0 || path.StartsWith(Root + "/", StringComparison.Ordinal);
}
