namespace Scanner.Core.Workspaces;

/// <summary>Resolves every symbolic link in a path, component by component, so "inside the tree" means inside.</summary>
public static class RealPath
{
    private const int MaxLinkHops = 40;

    /// <summary>The path with all links resolved, or null for a loop, a dangling link or a path that cannot be read.</summary>
    public static string? Resolve(string path)
    {
        var hops = 0;
        return Resolve(Path.GetFullPath(path), ref hops);
    }

    public static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? Resolve(string full, ref int hops)
    {
        try
        {
            var root = Path.GetPathRoot(full) ?? "/";
            var current = root;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Combine(current, part);
                var target = new FileInfo(next).LinkTarget;
                if (target is not null)
                {
                    if (++hops > MaxLinkHops)
                    {
                        return null;
                    }

                    var resolved = Resolve(Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target)), ref hops);
                    if (resolved is null)
                    {
                        return null;
                    }

                    next = resolved;
                }

                current = next;
            }

            return File.Exists(current) || Directory.Exists(current) ? current : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
