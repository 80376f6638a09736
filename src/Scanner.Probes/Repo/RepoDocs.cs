using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Repo;

/// <summary>
/// Markdown pages that document the project: outside example, backup and legacy folders (a docs/ folder is where
/// documentation belongs, so it is not set aside here), and not checklists or changelogs, which record status rather
/// than steps and would otherwise confirm themselves.
/// </summary>
internal static class RepoDocs
{
    private static readonly string[] StatusWords = ["checklist", "readiness", "todo", "changelog", "history"];

    public static bool IsDocumentation(string path)
    {
        var withoutDocs = string.Join('/', path.Split('/').Where(s => s is not ("docs" or "doc" or "Docs" or "DOCS")));
        var name = FileName(path).ToLowerInvariant();
        return !NonProduction.IsSetAside(withoutDocs) && !StatusWords.Any(w => name.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>A README anywhere, or any page under a docs/ folder: where a section about deploying belongs.</summary>
    public static bool HoldsSections(string path) =>
        FileName(path).StartsWith("readme", StringComparison.OrdinalIgnoreCase)
        || path.Split('/')[..^1].Any(s => s.Equals("docs", StringComparison.OrdinalIgnoreCase) || s.Equals("doc", StringComparison.OrdinalIgnoreCase));

    private static readonly string[] RootFiles = ["README.md", "package.json", "pyproject.toml", "requirements.txt", "go.mod", "pom.xml", "Dockerfile"];

    /// <summary>
    /// A failure that rests on an absence across the whole tree, placed at the project's front door (its README or
    /// manifest at the root) so the report points at a file that was looked at; nowhere when the root has none.
    /// </summary>
    public static Finding Absent(ProbeContext context, string message) =>
        RootFiles.FirstOrDefault(f => context.Workspace.Find(f) is not null) is { } root ? context.AtFile(Outcome.Fail, root, message) : context.Missing(message);

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The ATX headings of a Markdown page outside fenced code (a '# deploy' shell comment in a code block is not one), with their lines.</summary>
    public static IEnumerable<(int Line, string Text)> Headings(SourceDocument doc)
    {
        var fenced = false;
        for (var line = 1; line <= doc.Text.LineCount; line++)
        {
            var text = doc.Text.Line(line).ToString();
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            var hashes = trimmed.Length - trimmed.TrimStart('#').Length;
            if (!fenced && text.Length - trimmed.Length < 4 && hashes is >= 1 and <= 6 && trimmed.Length > hashes && char.IsWhiteSpace(trimmed[hashes]))
            {
                yield return (line, trimmed[hashes..].Trim());
            }
        }
    }

    /// <summary>Lines with words on them: a page with fewer than a few is a stub, not a guide.</summary>
    public static int ContentLines(SourceDocument doc)
    {
        var count = 0;
        for (var line = 1; line <= doc.Text.LineCount; line++)
        {
            if (doc.Text.Line(line).ToString().Any(char.IsLetter))
            {
                count++;
            }
        }

        return count;
    }
}
