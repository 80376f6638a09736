using Scanner.Core.Model;

namespace Scanner.Core.Workspaces;

/// <summary>
/// Lists the target's files: honours .gitignore (nested files, negations, .git/info/exclude), passes over
/// dependency and build folders, oversized files and links that leave the tree or loop, and says why for each.
/// Entries are visited in ordinal order so the listing is the same on every run. As in git, .gitignore does not
/// apply to files git already tracks: a committed .env is part of the repository and is walked.
/// </summary>
internal sealed class FileWalker(string root, WorkspaceOptions options, IReadOnlySet<string> tracked)
{
    // Far above any real .gitignore, and independent of --max-file-size so a small cap never drops ignore rules.
    private const long MaxIgnoreFileSize = 16L * 1024 * 1024;

    private readonly HashSet<string> _trackedFolders = TrackedFolders(tracked);
    private readonly string _realRoot = RealPath.Resolve(root) ?? root;
    private readonly List<WorkspaceFile> _files = [];
    private readonly List<ScanNote> _notes = [];
    private readonly HashSet<string> _visitedDirectories = new(StringComparer.Ordinal);

    public (IReadOnlyList<WorkspaceFile> Files, IReadOnlyList<ScanNote> Notes) Walk()
    {
        var ignore = GitIgnore.Empty;
        var exclude = Path.Combine(root, ".git", "info", "exclude");
        if (File.Exists(exclude))
        {
            ignore = ignore.With("", ReadSmallText(exclude), ".git/info/exclude");
        }

        WalkDirectory(root, "", _realRoot, ignore);
        return (_files, _notes);
    }

    private static HashSet<string> TrackedFolders(IReadOnlySet<string> tracked)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in tracked)
        {
            var slash = path.LastIndexOf('/');
            while (slash > 0 && folders.Add(path[..slash]))
            {
                slash = path.LastIndexOf('/', slash - 1);
            }
        }

        return folders;
    }

    private void WalkDirectory(string fullDir, string relDir, string realDir, GitIgnore ignore)
    {
        if (!_visitedDirectories.Add(realDir))
        {
            _notes.Add(new ScanNote(relDir, "symlink-loop", "folder reached twice through links; visited once"));
            return;
        }

        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(fullDir).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _notes.Add(new ScanNote(relDir, "unreadable", $"folder could not be listed: {e.GetType().Name}"));
            return;
        }

        // The listing answers what the folder holds, so no file needs a stat of its own to be looked for.
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        if (relDir.Length > 0 && Array.Exists(entries, e => e is FileInfo && e.Name == SkippedFolders.VirtualEnvironmentMarker))
        {
            _notes.Add(new ScanNote(relDir, "skipped-folder", "dependency, build or cache folder"));
            return;
        }

        if (Array.Find(entries, e => e is FileInfo && e.Name == ".gitignore") is { } gitignore)
        {
            ignore = ignore.With(relDir, ReadSmallText(gitignore.FullName), relDir.Length == 0 ? ".gitignore" : relDir + "/.gitignore");
        }

        foreach (var entry in entries)
        {
            var rel = relDir.Length == 0 ? entry.Name : relDir + "/" + entry.Name;
            Visit(entry, rel, realDir, ignore);
        }
    }

    private void Visit(FileSystemInfo entry, string rel, string realDir, GitIgnore ignore)
    {
        if (entry.Name == ".git" || options.Exclude.Any(g => g.IsMatch(rel)))
        {
            return;
        }

        // The listing already says what each entry is (a link shows as a reparse point), so a plain file or folder
        // costs no readlink or stat of its own; only links are resolved.
        var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;
        var real = isLink ? RealPath.Resolve(entry.FullName) : Path.Combine(realDir, entry.Name);
        if (real is null)
        {
            _notes.Add(new ScanNote(rel, "symlink-broken", "link is dangling or loops; not followed"));
            return;
        }

        if (isLink && !RealPath.IsInside(real, _realRoot))
        {
            _notes.Add(new ScanNote(rel, "symlink-outside", "link leaves the scanned tree; not followed"));
            return;
        }

        var isDirectory = isLink ? Directory.Exists(real) : entry is DirectoryInfo;
        if (ignore.IsIgnored(rel, isDirectory) && !(isDirectory ? _trackedFolders.Contains(rel) : tracked.Contains(rel)))
        {
            return;
        }

        if (isDirectory)
        {
            VisitDirectory(entry, rel, real, ignore);
        }
        else
        {
            VisitFile(rel, entry.FullName, isLink ? new FileInfo(real) : (FileInfo)entry);
        }
    }

    private void VisitDirectory(FileSystemInfo entry, string rel, string real, GitIgnore ignore)
    {
        if (SkippedFolders.IsSkipped(entry.Name) || SkippedFolders.IsNuGetPackages(entry.Name, entry.FullName))
        {
            _notes.Add(new ScanNote(rel, "skipped-folder", "dependency, build or cache folder"));
            return;
        }

        WalkDirectory(entry.FullName, rel, real, ignore);
    }

    private void VisitFile(string rel, string fullName, FileInfo target)
    {
        long size;
        try
        {
            size = target.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _notes.Add(new ScanNote(rel, "unreadable", $"file could not be read: {e.GetType().Name}"));
            return;
        }

        if (size > options.MaxFileSize)
        {
            _notes.Add(new ScanNote(rel, "too-large", $"{size:N0} bytes is above the {options.MaxFileSize:N0}-byte cap (--max-file-size)"));
            return;
        }

        if (BinaryExtensions.IsBinary(rel))
        {
            _notes.Add(new ScanNote(rel, "binary", "binary file type; not read"));
            return;
        }

        _files.Add(new WorkspaceFile(rel, fullName, size));
    }

    /// <summary>
    /// A .gitignore or exclude file, through the guarded reader: a FIFO would block the walk for good and a huge
    /// one would be read whole. One that cannot be read ignores nothing.
    /// </summary>
    internal static string ReadSmallText(string path) => GuardedFile.ReadText(path, MaxIgnoreFileSize).Text ?? "";
}
