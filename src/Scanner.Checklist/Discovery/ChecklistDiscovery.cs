namespace Scanner.Checklist.Discovery;

/// <summary>
/// Picks the checklists in a repository: Markdown files (<c>.md</c>, <c>.markdown</c>, <c>.mdx</c>) whose file name
/// says checklist, readiness, production, security, deployment or launch, in any case and any folder, outside
/// dependency and build output. MDX counts because documentation sites keep their pages, checklists included,
/// as MDX, and the parser reads its JSX lines as plain paragraphs.
/// </summary>
public static class ChecklistDiscovery
{
    public const string ExplicitReason = "--checklist";

    /// <summary>How ReadyScan's own annotated copies end (<c>readyscan scan --annotate</c>); never discovered as checklists.</summary>
    public const string AnnotatedSuffix = ".readyscan.md";

    private static readonly string[] Keywords = ["checklist", "readiness", "production", "security", "deployment", "launch"];

    private static readonly string[] Extensions = [".md", ".markdown", ".mdx"];

    // Copies of other projects' files (dependencies, build output, virtual environments, VCS internals) hold other
    // people's checklists, never this repository's.
    private static readonly HashSet<string> ExcludedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", "vendor", "bin", "obj", "dist", "build", ".next", "venv", ".venv", ".git", "coverage",
        "bower_components", "jspm_packages", "site-packages", "__pycache__", ".tox", ".yarn", ".nuxt",
        ".svelte-kit", ".turbo",
    };

    /// <summary>Checklists among <paramref name="repoRelativePaths"/>, deduplicated and sorted ordinally.</summary>
    public static IReadOnlyList<DiscoveredChecklist> Find(IEnumerable<string> repoRelativePaths)
    {
        var found = new SortedDictionary<string, DiscoveredChecklist>(StringComparer.Ordinal);
        foreach (var raw in repoRelativePaths)
        {
            var path = Normalize(raw);
            if (path.Length == 0 || found.ContainsKey(path))
            {
                continue;
            }

            var reason = Reason(path);
            if (reason is not null)
            {
                found[path] = new DiscoveredChecklist(path, reason);
            }
        }

        return [.. found.Values];
    }

    /// <summary>
    /// The files the user named with --checklist, in the order given (the user chose it), first occurrence kept.
    /// No name or folder filter: naming a file is the user's decision.
    /// </summary>
    public static IReadOnlyList<DiscoveredChecklist> FromExplicit(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return paths.Select(Normalize)
            .Where(path => path.Length > 0 && seen.Add(path))
            .Select(path => new DiscoveredChecklist(path, ExplicitReason))
            .ToList();
    }

    /// <summary>Explicit files when there are any, otherwise discovery over the repository's files.</summary>
    public static IReadOnlyList<DiscoveredChecklist> Select(IEnumerable<string> repoRelativePaths, IReadOnlyCollection<string> explicitPaths) =>
        explicitPaths.Count > 0 ? FromExplicit(explicitPaths) : Find(repoRelativePaths);

    private static string? Reason(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        if (!Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            || name.EndsWith(AnnotatedSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (slash > 0 && path[..slash].Split('/').Any(ExcludedFolders.Contains))
        {
            return null;
        }

        var stem = name[..name.LastIndexOf('.')];
        var matches = Keywords.Where(k => stem.Contains(k, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 0 ? null : "name contains " + string.Join(", ", matches.Select(k => $"'{k}'"));
    }

    private static string Normalize(string? path)
    {
        var normalized = (path ?? string.Empty).Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized;
    }
}
