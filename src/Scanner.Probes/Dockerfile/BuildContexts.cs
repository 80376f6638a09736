using Scanner.Core.Engine;

namespace Scanner.Probes.Dockerfile;

/// <summary>
/// Where a Dockerfile may be built from: its own folder, any folder above it, and the contexts compose files and CI
/// workflows name. The real context is chosen by whoever runs the build, so a file is present when any of them has it.
/// </summary>
internal static class BuildContexts
{
    public static bool Exists(string root, string folder, string source)
    {
        var full = Path.GetFullPath(Path.Combine(root, folder, source));
        return full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) && (File.Exists(full) || Directory.Exists(full));
    }

    /// <summary>
    /// Build contexts compose files and CI workflows name (<c>context: ./web</c>, <c>build: ./api</c>), relative to
    /// their own folder: a Dockerfile may be built from any of them.
    /// </summary>
    public static List<string> Declared(ProbeContext context)
    {
        var found = new List<string>();
        foreach (var doc in context.Documents(p => IsComposeOrWorkflow(p)))
        {
            for (var line = 1; line <= doc.Text.LineCount; line++)
            {
                var text = doc.Text.Line(line).Trim().ToString();
                foreach (var key in (string[])["context:", "build:"])
                {
                    if (text.StartsWith(key, StringComparison.Ordinal) && text[key.Length..].Trim().Trim('"', '\'') is { Length: > 0 } value
                        && !value.Contains('$', StringComparison.Ordinal) && !value.Contains("://", StringComparison.Ordinal) && value[0] is not '{' and not '|' and not '>')
                    {
                        var combined = Path.GetRelativePath(".", Path.Combine(Folder(doc.Path), value)).Replace('\\', '/');
                        found.Add(combined == "." ? "" : combined);
                    }
                }
            }
        }

        return found;
    }

    private static bool IsComposeOrWorkflow(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return (name.Contains("compose", StringComparison.OrdinalIgnoreCase) && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)))
            || path.StartsWith(".github/workflows/", StringComparison.Ordinal);
    }

    public static string Folder(string path) => path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : "";

    public static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = folder; ; current = current.Contains('/', StringComparison.Ordinal) ? current[..current.LastIndexOf('/')] : "")
        {
            yield return current;
            if (current.Length == 0)
            {
                yield break;
            }
        }
    }
}
