using System.Security.Cryptography;

namespace Scanner.Tests.Hostile;

/// <summary>Every path under a folder (hidden ones and .git included) with its <see cref="PathState"/>, by relative path.</summary>
internal static class TreeSnapshot
{
    public static SortedDictionary<string, PathState> Take(string root)
    {
        var states = new SortedDictionary<string, PathState>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", options))
        {
            states[Path.GetRelativePath(root, path).Replace('\\', '/')] = State(path);
        }

        return states;
    }

    /// <summary>The paths whose state differs between two snapshots, or that only one of them has.</summary>
    public static IReadOnlyList<string> Changed(SortedDictionary<string, PathState> before, SortedDictionary<string, PathState> after) =>
        [.. before.Keys.Union(after.Keys).Where(p => !before.TryGetValue(p, out var b) || !after.TryGetValue(p, out var a) || a != b).Order(StringComparer.Ordinal)];

    private static PathState State(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } target)
        {
            return new PathState("link", 0, target, info.LastWriteTimeUtc, info.UnixFileMode);
        }

        if (Directory.Exists(path))
        {
            var dir = new DirectoryInfo(path);
            return new PathState("folder", 0, "", dir.LastWriteTimeUtc, dir.UnixFileMode);
        }

        using var stream = File.OpenRead(path);
        return new PathState("file", info.Length, Convert.ToHexString(SHA256.HashData(stream)), info.LastWriteTimeUtc, info.UnixFileMode);
    }
}
