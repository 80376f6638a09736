namespace Scanner.Core.Workspaces;

/// <summary>
/// The config files Next.js loads: next.config with one of the extensions it reads. A next.config.production.ts
/// beside it is never loaded, whatever its name promises. Shared by the probes and the checklist judge.
/// </summary>
public static class NextConfigNames
{
    public static IReadOnlyList<string> Names { get; } = ["next.config.js", "next.config.mjs", "next.config.cjs", "next.config.ts", "next.config.mts"];

    public static bool IsNextConfig(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Names.Contains(path[(path.LastIndexOf('/') + 1)..], StringComparer.Ordinal);
    }
}
