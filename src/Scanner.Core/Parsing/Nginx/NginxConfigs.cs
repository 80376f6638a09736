using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Parsing.Nginx;

/// <summary>
/// Finds the nginx configurations among candidate files: files that hold nginx contexts (http, server, events,
/// location, upstream, stream), minus those another candidate includes; each becomes one <see cref="NginxConfig"/>
/// with its includes resolved inside the workspace (relative to the including file, then its parent folders;
/// absolute <c>/etc/nginx/...</c> paths by their tail), bounded in depth and free of cycles.
/// </summary>
public static class NginxConfigs
{
    private const int MaxIncludeDepth = 8;
    private static readonly string[] Contexts = ["http", "server", "events", "location", "upstream", "stream"];
    private static readonly string[] SystemPrefixes = ["/etc/nginx/", "/usr/local/nginx/conf/", "/usr/local/etc/nginx/", "/opt/nginx/conf/", "/etc/openresty/"];

    public static IReadOnlyList<NginxConfig> Load(Workspace workspace, IEnumerable<SourceDocument> candidates)
    {
        var parsed = candidates.Select(d => (Doc: d, File: NginxDocuments.Get(d))).Where(p => IsNginx(p.Doc, p.File)).ToList();
        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (doc, file) in parsed)
        {
            foreach (var include in file.Directives.SelectMany(d => d.DescendantsAndSelf()).Where(d => d.Name == "include"))
            {
                included.UnionWith(Resolve(workspace, doc.Path, include.Arg(0)).Where(p => p != doc.Path));
            }
        }

        var roots = parsed.Where(p => !included.Contains(p.Doc.Path)).ToList();
        return [.. (roots.Count > 0 ? roots : parsed).Select(p => Expand(workspace, p.File))];
    }

    /// <summary>Workspace paths an include pattern names, seen from the including file.</summary>
    public static IReadOnlyList<string> Resolve(Workspace workspace, string fromPath, string pattern)
    {
        if (pattern.Length == 0 || pattern.Contains('$', StringComparison.Ordinal))
        {
            return [];
        }

        var tail = pattern;
        var absolute = pattern.StartsWith('/');
        if (absolute)
        {
            var prefix = SystemPrefixes.FirstOrDefault(p => pattern.StartsWith(p, StringComparison.Ordinal));
            tail = prefix is null ? pattern.TrimStart('/') : pattern[prefix.Length..];
        }

        for (var dir = Folder(fromPath); dir is not null; dir = dir.Length == 0 ? null : Folder(dir))
        {
            var glob = new Glob("/" + Normalize(dir.Length == 0 ? tail : $"{dir}/{tail}"));
            var hits = workspace.Files.Select(f => f.Path).Where(glob.IsMatch).Order(StringComparer.Ordinal).ToList();
            if (hits.Count > 0)
            {
                return hits;
            }
        }

        return [];
    }

    private static bool IsNginx(SourceDocument doc, NginxFile file) =>
        file.Directives.Any(d => Contexts.Contains(d.Name) && d.IsBlock)
        || (!file.IsValid && Contexts.Any(c => doc.Content.Contains(c + " ", StringComparison.Ordinal) && doc.Content.Contains('{', StringComparison.Ordinal)));

    private static NginxConfig Expand(Workspace workspace, NginxFile root)
    {
        var files = new List<string> { root.Path };
        var problems = new List<NginxProblem>();
        var unresolved = new List<string>();
        if (!root.IsValid)
        {
            problems.Add(new NginxProblem(root.Path, root.ErrorLine, root.Error!));
        }

        var directives = Splice(workspace, root.Directives, [root.Path], files, problems, unresolved);
        return new NginxConfig(root.Path, directives, files, problems, unresolved);
    }

    private static List<NginxDirective> Splice(Workspace workspace, IReadOnlyList<NginxDirective> directives, List<string> chain, List<string> files, List<NginxProblem> problems, List<string> unresolved)
    {
        var result = new List<NginxDirective>();
        foreach (var directive in directives)
        {
            if (directive.Name != "include")
            {
                result.Add(directive.IsBlock ? directive with { Block = Splice(workspace, directive.Children, chain, files, problems, unresolved) } : directive);
                continue;
            }

            var targets = Resolve(workspace, directive.Path, directive.Arg(0));
            if (targets.Count == 0)
            {
                unresolved.Add($"{directive.Path}:{directive.Line}: {directive.Arg(0)}");
            }

            foreach (var target in targets.Where(t => !chain.Contains(t) && chain.Count < MaxIncludeDepth))
            {
                if (workspace.Read(target) is not { } doc)
                {
                    continue;
                }

                var file = NginxDocuments.Get(doc);
                if (!files.Contains(target))
                {
                    files.Add(target);
                    if (!file.IsValid)
                    {
                        problems.Add(new NginxProblem(target, file.ErrorLine, file.Error!));
                    }
                }

                result.AddRange(Splice(workspace, file.Directives, [.. chain, target], files, problems, unresolved));
            }
        }

        return result;
    }

    private static string? Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
