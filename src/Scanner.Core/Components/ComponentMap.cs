using System.Runtime.CompilerServices;
using System.Text.Json;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Components;

/// <summary>
/// The components of a repository, read once per workspace from its manifests (package.json, requirements files,
/// pyproject.toml, manage.py, *.csproj) and the commands that start them (the final stage of non-development
/// Dockerfiles, package.json <c>start</c>, Procfile). A component in an examples, demo, backup or legacy folder is
/// not production. Sorted by root, so the report lists them the same way every time.
/// </summary>
public static class ComponentMap
{
    private static readonly ConditionalWeakTable<Workspace, Lazy<IReadOnlyList<Component>>> Cache = [];

    private static readonly string[] ServerPackages = ["express", "fastify", "koa", "@nestjs/core", "@hapi/hapi", "hono", "restify"];
    private static readonly string[] SpaPackages = ["vite", "react-scripts", "expo", "@angular/core", "vue", "svelte", "@sveltejs/kit"];

    public static IReadOnlyList<Component> For(Workspace workspace) =>
        Cache.GetValue(workspace.Whole, w => new Lazy<IReadOnlyList<Component>>(() => Build(w), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The innermost component holding a path, or null.</summary>
    public static Component? Of(IReadOnlyList<Component> components, string path) =>
        components.Where(c => c.Contains(path)).MaxBy(c => c.Root.Length);

    private static List<Component> Build(Workspace workspace)
    {
        var launches = Launches(workspace);
        var found = new Dictionary<string, Component>(StringComparer.Ordinal);
        foreach (var file in workspace.Files)
        {
            var name = file.Path[(file.Path.LastIndexOf('/') + 1)..];
            var root = file.Path.Contains('/', StringComparison.Ordinal) ? file.Path[..file.Path.LastIndexOf('/')] : "";
            var package = name == "package.json" ? Package(workspace, file) : default;
            var kind = name switch
            {
                "package.json" => ("node", NodeKind(workspace, package.Dependencies, root)),
                "manage.py" => ("python", "django"),
                "requirements.txt" or "pyproject.toml" or "Pipfile" => ("python", PythonKind(workspace, file)),
                _ when name.EndsWith(".csproj", StringComparison.Ordinal) => ("dotnet", DotNetKind(workspace, file)),
                _ => ((string, string)?)null,
            };
            if (kind is not { } k || found.TryGetValue($"{root}|{k.Item1}", out var known) && known.Kind != "package")
            {
                continue;
            }

            var entries = launches.Where(l => l.Folder == root).Select(l => l.Entry).Concat(package.Start is { } start ? [start] : []).Distinct().ToList();
            found[$"{root}|{k.Item1}"] = new Component(root, k.Item1, k.Item2, !NonProduction.IsSetAside(root + "/x"), entries);
        }

        return [.. found.Values.OrderBy(c => c.Root, StringComparer.Ordinal).ThenBy(c => c.Ecosystem, StringComparer.Ordinal)];
    }

    private static string NodeKind(Workspace workspace, HashSet<string> deps, string root)
    {
        return deps.Contains("next") ? "next"
            : ServerPackages.Any(deps.Contains) ? "server"
            : workspace.Files.Any(f => f.Path.StartsWith(Prefix(root) + "netlify/functions/", StringComparison.Ordinal) || f.Path.StartsWith(Prefix(root) + "api/", StringComparison.Ordinal)) ? "functions"
            : SpaPackages.Any(deps.Contains) || deps.Any(d => d.StartsWith("@vitejs/", StringComparison.Ordinal)) ? "spa"
            : "package";
    }

    private static string PythonKind(Workspace workspace, WorkspaceFile manifest)
    {
        var text = workspace.Read(manifest)?.Content.ToLowerInvariant() ?? "";
        return text.Contains("django", StringComparison.Ordinal) ? "django"
            : text.Contains("fastapi", StringComparison.Ordinal) ? "fastapi"
            : text.Contains("flask", StringComparison.Ordinal) ? "flask"
            : "package";
    }

    private static string DotNetKind(Workspace workspace, WorkspaceFile project) =>
        workspace.Read(project)?.Content.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal) == true ? "aspnet" : "package";

    /// <summary>
    /// A package.json read once: its dependency names and its <c>start</c> script, the command production runs by
    /// convention. A broken manifest names no dependencies and no start; the component is still listed.
    /// </summary>
    private static (HashSet<string> Dependencies, ComponentEntry? Start) Package(Workspace workspace, WorkspaceFile manifest)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (workspace.Read(manifest) is not { } doc)
        {
            return (names, null);
        }

        try
        {
            using var json = JsonDocument.Parse(doc.Content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (names, null);
            }

            foreach (var group in new[] { "dependencies", "devDependencies" })
            {
                if (json.RootElement.TryGetProperty(group, out var deps) && deps.ValueKind == JsonValueKind.Object)
                {
                    names.UnionWith(deps.EnumerateObject().Select(p => p.Name));
                }
            }

            if (json.RootElement.TryGetProperty("scripts", out var scripts) && scripts.ValueKind == JsonValueKind.Object
                && scripts.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() is { } start && !string.IsNullOrWhiteSpace(start))
            {
                var at = doc.Content.IndexOf("\"start\"", StringComparison.Ordinal);
                return (names, new ComponentEntry(start, manifest.Path, at < 0 ? 1 : doc.Text.LineOf(at)));
            }
        }
        catch (JsonException)
        {
            return (names, null);
        }

        return (names, null);
    }

    /// <summary>The CMD/ENTRYPOINT of every deployed Dockerfile's final stage and every Procfile line.</summary>
    private static List<(ComponentEntry Entry, string Folder)> Launches(Workspace workspace)
    {
        var launches = new List<(ComponentEntry, string)>();
        foreach (var file in workspace.Files.Where(f => !NonProduction.IsDevelopmentFile(f.Path) && !NonProduction.IsSetAside(f.Path)))
        {
            var language = LanguageDetector.Detect(file.Path);
            var folder = file.Path.Contains('/', StringComparison.Ordinal) ? file.Path[..file.Path.LastIndexOf('/')] : "";
            if (language == Language.Dockerfile && workspace.Read(file) is { } docker && DockerfileDocuments.Get(docker).FinalStage is { } stage)
            {
                launches.AddRange(stage.Instructions.Where(i => i.Keyword is "CMD" or "ENTRYPOINT").Select(i => (new ComponentEntry(i.Body.Trim(), file.Path, i.Line), folder)));
            }
            else if (file.Path.EndsWith("Procfile", StringComparison.Ordinal) && workspace.Read(file) is { } procfile)
            {
                for (var line = 1; line <= procfile.Text.LineCount; line++)
                {
                    var text = procfile.Text.Line(line).Trim().ToString();
                    if (text.Length > 0 && !text.StartsWith('#'))
                    {
                        launches.Add((new ComponentEntry(text, file.Path, line), folder));
                    }
                }
            }
        }

        return launches;
    }

    private static string Prefix(string root) => root.Length == 0 ? "" : root + "/";
}
