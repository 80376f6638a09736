using Scanner.Core.Workspaces;

namespace Scanner.Cli.Fleet;

/// <summary>
/// The repositories to scan: a file with one local path per line (a folder the runner has checked out or cloned);
/// blank lines and lines starting with '#' are skipped, and a repository listed twice is scanned once.
/// </summary>
internal static class FleetList
{
    private const long MaxListSize = 16 * 1024 * 1024;

    public static IReadOnlyList<string> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"fleet list {path}: no such file");
        }

        var (text, refusal) = GuardedFile.ReadText(path, MaxListSize);
        if (text is null)
        {
            throw new UsageException($"cannot read fleet list {path}: {refusal}");
        }

        return [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Distinct(StringComparer.Ordinal)];
    }
}
