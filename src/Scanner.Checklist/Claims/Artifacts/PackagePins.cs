using System.Text.Json;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// The versions a repository's manifests declare for a package: requirements files, pyproject.toml, Pipfile and
/// setup files for Python pins (<c>==</c>), package.json for npm ones (<c>@</c>). Names compare as their registries
/// do: case-insensitive, and for Python with <c>-</c>, <c>_</c> and <c>.</c> alike.
/// </summary>
public static class PackagePins
{
    /// <summary>Each declaration of the package: where, and the version text as written ("" when unpinned).</summary>
    public static IReadOnlyList<(CodeHit Where, string Version)> Declared(string package, bool npm, RepositoryLookup lookup, out int manifests)
    {
        var found = new List<(CodeHit, string)>();
        manifests = 0;
        foreach (var file in lookup.Workspace.Files.Where(f => npm ? RepositoryLookup.NameOf(f.Path) == "package.json" : IsPythonManifest(f.Path)))
        {
            if (lookup.Workspace.Read(file) is not { } doc)
            {
                continue;
            }

            manifests++;
            if (npm)
            {
                found.AddRange(FromPackageJson(doc, package));
                continue;
            }

            for (var line = 1; line <= doc.Text.LineCount; line++)
            {
                var text = doc.Text.Line(line).ToString();
                if (PythonVersion(text, package) is { } version)
                {
                    found.Add((new CodeHit(doc.Path, line, text.Trim()), version));
                }
            }
        }

        return found;
    }

    /// <summary>The exact version a declaration pins (<c>==1.2.3</c>, <c>"1.2.3"</c>), or null for a range or none.</summary>
    public static string? Exact(string declared)
    {
        var v = declared.Trim().Trim('"', '\'').TrimStart('=', 'v');
        return v.Length > 0 && char.IsDigit(v[0]) && v.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '+') && !declared.TrimStart().StartsWith('>') ? v : null;
    }

    private static bool IsPythonManifest(string path)
    {
        var name = RepositoryLookup.NameOf(path).ToLowerInvariant();
        return (name.StartsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal))
            || name is "pyproject.toml" or "pipfile" or "setup.py" or "setup.cfg";
    }

    /// <summary>"stripe==5.1", "stripe>=5", "stripe", "stripe = \"==5.1\"" on one line: the version text, or null when the line does not declare the package.</summary>
    private static string? PythonVersion(string line, string package)
    {
        var text = line.Trim().Trim('"', '\'', ',');
        var end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.'))
        {
            end++;
        }

        if (end == 0 || !Normal(text[..end]).Equals(Normal(package), StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text[end..].TrimStart();
        if (rest.StartsWith('['))
        {
            rest = rest[(rest.IndexOf(']', StringComparison.Ordinal) + 1)..].TrimStart();
        }

        if (rest.Length == 0 || rest[0] is ';' or '#')
        {
            return "";
        }

        // pyproject/Pipfile write `name = "==1.2"`: the assignment is not part of the version.
        if (rest[0] == '=' && !rest.StartsWith("==", StringComparison.Ordinal))
        {
            rest = rest[1..].Trim().Trim('"', '\'');
        }

        var stop = rest.IndexOfAny([';', '#', ',', '"', '\'', ' ']);
        return (stop < 0 ? rest : rest[..stop]).Trim();
    }

    private static IEnumerable<(CodeHit, string)> FromPackageJson(SourceDocument doc, string package)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(doc.Content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            yield break;
        }

        using (json)
        {
            foreach (var group in new[] { "dependencies", "devDependencies", "peerDependencies", "optionalDependencies" })
            {
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(group, out var deps) && deps.ValueKind == JsonValueKind.Object
                    && deps.TryGetProperty(package, out var version) && version.ValueKind == JsonValueKind.String)
                {
                    var at = doc.Content.IndexOf($"\"{package}\"", StringComparison.Ordinal);
                    var line = at < 0 ? 1 : doc.Text.LineOf(at);
                    yield return (CodeHit.OfLine(doc, line), version.GetString() ?? "");
                }
            }
        }
    }

    private static string Normal(string name) => name.ToLowerInvariant().Replace('_', '-').Replace('.', '-');
}
