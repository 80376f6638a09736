using System.Text.Json;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript.Modules;

/// <summary>
/// What a package.json says about wiring: its folder (<c>""</c> at the root), name, the files it names as entry
/// points (main, module, bin, exports), its scripts and every declared dependency.
/// </summary>
public sealed record PackageManifest(
    string Path,
    string Directory,
    string? Name,
    IReadOnlyList<string> EntryFiles,
    IReadOnlyDictionary<string, string> Scripts,
    IReadOnlySet<string> Dependencies)
{
    private static readonly HashSet<string> SkipExportKeys = new(StringComparer.Ordinal) { "types", "typings" };

    public SourceDocument? Document { get; init; }

    public bool Declares(string package) => Dependencies.Contains(package);

    /// <summary>The manifest, or null when the file is not a JSON object (the caller notes that).</summary>
    public static PackageManifest? Parse(SourceDocument doc)
    {
        if (JsonFiles.Parse(doc.Content) is not { } root)
        {
            return null;
        }

        var entries = new List<string>();
        AddIfString(entries, root, "main");
        AddIfString(entries, root, "module");
        AddIfString(entries, root, "source");
        if (root.TryGetProperty("bin", out var bin))
        {
            entries.AddRange(JsonFiles.Strings(bin, SkipExportKeys));
        }

        if (root.TryGetProperty("exports", out var exports))
        {
            entries.AddRange(JsonFiles.Strings(exports, SkipExportKeys).Where(s => s.StartsWith("./", StringComparison.Ordinal) && !s.EndsWith(".d.ts", StringComparison.Ordinal)));
        }

        var scripts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (JsonFiles.Object(root, "scripts") is { } s)
        {
            foreach (var p in s.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                scripts[p.Name] = p.Value.GetString()!;
            }
        }

        var deps = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in new[] { "dependencies", "devDependencies", "peerDependencies", "optionalDependencies" })
        {
            if (JsonFiles.Object(root, section) is { } d)
            {
                deps.UnionWith(d.EnumerateObject().Select(p => p.Name));
            }
        }

        var slash = doc.Path.LastIndexOf('/');
        return new PackageManifest(doc.Path, slash < 0 ? "" : doc.Path[..slash], JsonFiles.String(root, "name"), entries, scripts, deps)
        {
            Document = doc,
        };
    }

    private static void AddIfString(List<string> entries, JsonElement root, string property)
    {
        if (JsonFiles.String(root, property) is { Length: > 0 } value)
        {
            entries.Add(value);
        }
    }
}
