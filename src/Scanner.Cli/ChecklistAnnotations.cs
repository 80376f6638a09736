using System.Text;
using Scanner.Core.Workspaces;
using Scanner.Reporting.Annotation;
using Scanner.Reporting.Model;

namespace Scanner.Cli;

/// <summary>
/// <c>--annotate</c>: the one place ReadyScan writes beside the target's files, and only because it was asked to.
/// It writes <c>NAME.readyscan.md</c> next to each checklist, never the checklist itself, and never through a link:
/// the copy goes beside the checklist's real path, and a checklist named inside the target whose real path is outside
/// it (a linked folder) is refused. A checklist the user named outside the target is annotated where it really is.
/// </summary>
internal static class ChecklistAnnotations
{
    // The checklist was parsed under --max-file-size; this bound only keeps a file swapped in since from exhausting memory.
    private const long MaxChecklistSize = 256L * 1024 * 1024;

    /// <summary>Writes the copies; returns one line per checklist saying what was written or why not.</summary>
    public static IReadOnlyList<string> Write(ScanReport report, bool fixCheckboxes, string target)
    {
        var said = new List<string>();
        var root = Path.GetFullPath(target);
        var realRoot = RealPath.Resolve(root) ?? root;
        foreach (var file in report.Checklist.Files)
        {
            if (file.SourcePath is not { } named || RealPath.Resolve(named) is not { } source || !File.Exists(source))
            {
                said.Add($"not annotating {file.Path}: its file could not be found again");
                continue;
            }

            if (RealPath.IsInside(Path.GetFullPath(named), root) && !RealPath.IsInside(source, realRoot))
            {
                said.Add($"not annotating {file.Path}: it is reached through a link that leads out of the target, and ReadyScan never writes through one");
                continue;
            }

            var copy = ChecklistAnnotator.CopyPath(source);
            if (string.Equals(Path.GetFullPath(copy), Path.GetFullPath(source), StringComparison.Ordinal))
            {
                said.Add($"not annotating {file.Path}: the copy would overwrite it");
                continue;
            }

            if (new FileInfo(copy) is { LinkTarget: not null })
            {
                said.Add($"not annotating {file.Path}: {copy} is a symbolic link, and ReadyScan never writes through one");
                continue;
            }

            if (GuardedFile.Read(source, MaxChecklistSize) is not { Bytes: { } bytes })
            {
                said.Add($"not annotating {file.Path}: it could not be read again");
                continue;
            }

            var decoded = TextDecoder.Decode(bytes);
            var text = ChecklistAnnotator.Annotate(decoded.Text, file, report.Checklist.Lines, fixCheckboxes, report.Scan.ToolVersion);
            File.WriteAllText(copy, text, new UTF8Encoding(false));
            var shown = Path.GetRelativePath(Environment.CurrentDirectory, copy);
            said.Add($"wrote annotated checklist {(shown.StartsWith("..", StringComparison.Ordinal) ? copy : shown).Replace('\\', '/')}");
        }

        return said.Count == 0 ? ["--annotate: no checklist was judged, so there is nothing to annotate"] : said;
    }
}
