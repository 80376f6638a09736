using Scanner.Checklist.Discovery;
using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Loading;

/// <summary>
/// Finds and parses the checklists to judge: the files named with <c>--checklist</c>, or else the Markdown files
/// in the target whose names say checklist, readiness, production, security, deployment or launch.
/// </summary>
public static class ChecklistLoader
{
    public static IReadOnlyList<ChecklistFile> Load(Workspace workspace, IReadOnlyList<string> explicitFiles)
    {
        var files = new List<ChecklistFile>();
        if (explicitFiles.Count > 0)
        {
            foreach (var path in explicitFiles.Distinct(StringComparer.Ordinal))
            {
                var (display, text) = ReadExplicit(workspace, path);
                files.Add(new ChecklistFile(display, "--checklist", ChecklistParser.Parse(display, text)) { SourcePath = Path.GetFullPath(path) });
            }

            return files;
        }

        foreach (var found in ChecklistDiscovery.Find(workspace.Files.Select(f => f.Path)))
        {
            // A file found by its name is a checklist only when it holds one: a SECURITY.md policy with no checkbox
            // and no status line has nothing to judge, and listing it as a checklist of 0 lines only misleads.
            if (workspace.Read(found.Path) is { } doc && ChecklistParser.Parse(found.Path, doc.Content) is { Items.Count: > 0 } parsed)
            {
                files.Add(new ChecklistFile(found.Path, found.Reason, parsed)
                {
                    SourcePath = Path.Combine(workspace.Root, found.Path),
                });
            }
        }

        return files;
    }

    /// <summary>
    /// A file inside the target is named repo-relative and read through the workspace; one outside, as given. Either
    /// way it is read through the guarded reader: a checklist the user named that cannot be read (a pipe, a device,
    /// a file above the size cap, a folder) stops the scan with one line saying why, instead of hanging or crashing.
    /// </summary>
    private static (string Display, string Text) ReadExplicit(Workspace workspace, string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"no such checklist: {path}", path);
        }

        var (bytes, refusal) = GuardedFile.Read(full, workspace.MaxFileSize);
        if (bytes is null)
        {
            throw new IOException($"cannot read checklist {path}: {refusal}");
        }

        var relative = Path.GetRelativePath(workspace.Root, full).Replace('\\', '/');
        if (!relative.StartsWith("../", StringComparison.Ordinal) && workspace.Read(relative) is { } doc)
        {
            return (relative, doc.Content);
        }

        var decoded = TextDecoder.Decode(bytes);
        return (path.Replace('\\', '/'), decoded.IsBinary ? "" : decoded.Text);
    }
}
