namespace Scanner.Probes.JavaScript.Modules;

/// <summary>Repository-relative '/' paths: joining with <c>./</c> and <c>../</c>, never climbing above the root.</summary>
internal static class RepoPath
{
    public static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary><paramref name="relative"/> taken from <paramref name="directory"/>; a leading '/' means the directory itself; null above the root.</summary>
    public static string? Join(string directory, string relative)
    {
        var parts = new List<string>();
        foreach (var part in (directory + "/" + relative.TrimStart('/')).Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or inside it ("" is the root).</summary>
    public static bool IsUnder(string path, string directory) =>
        directory.Length == 0 || path == directory || path.StartsWith(directory + "/", StringComparison.Ordinal);

    /// <summary>The folder itself, then each parent up to the root (""): where a package's lockfile or config may live.</summary>
    public static IEnumerable<string> SelfAndAncestors(string directory)
    {
        for (var dir = directory; ; dir = DirectoryOf(dir))
        {
            yield return dir;
            if (dir.Length == 0)
            {
                yield break;
            }
        }
    }
}
