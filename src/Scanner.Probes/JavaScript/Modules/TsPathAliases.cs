using System.Text.Json;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript.Modules;

/// <summary>
/// The <c>baseUrl</c> and <c>paths</c> of one tsconfig.json or jsconfig.json (following relative <c>extends</c>),
/// turned into repository paths: <c>@/lib/x</c> with <c>"@/*": ["./src/*"]</c> becomes <c>src/lib/x</c>.
/// </summary>
internal sealed class TsPathAliases
{
    private const int MaxExtends = 4;

    private readonly List<(string Pattern, List<string> Targets)> _paths;

    private TsPathAliases(string directory, string? baseUrl, List<(string, List<string>)> paths)
    {
        Directory = directory;
        BaseUrl = baseUrl;
        _paths = paths;
    }

    /// <summary>The folder of the config file; it applies to files beneath it.</summary>
    public string Directory { get; }

    /// <summary>Repository folder that bare specifiers may resolve from, when the config sets one.</summary>
    public string? BaseUrl { get; }

    public static TsPathAliases? Load(Workspace workspace, string configPath)
    {
        var directory = RepoPath.DirectoryOf(configPath);
        string? baseUrl = null;
        JsonElement? paths = null;
        var pathsFrom = directory;
        var current = configPath;
        for (var hop = 0; hop < MaxExtends && current is not null && workspace.Read(current) is { } doc; hop++)
        {
            if (JsonFiles.Parse(doc.Content) is not { } root)
            {
                break;
            }

            var here = RepoPath.DirectoryOf(current);
            var options = JsonFiles.Object(root, "compilerOptions");
            if (baseUrl is null && options is { } o1 && JsonFiles.String(o1, "baseUrl") is { } b)
            {
                baseUrl = RepoPath.Join(here, b);
            }

            if (paths is null && options is { } o2 && JsonFiles.Object(o2, "paths") is { } p)
            {
                paths = p;
                pathsFrom = here;
            }

            current = JsonFiles.String(root, "extends") is { } ext && ext.StartsWith('.')
                ? RepoPath.Join(here, ext.EndsWith(".json", StringComparison.Ordinal) ? ext : ext + ".json")
                : null;
        }

        var list = new List<(string, List<string>)>();
        if (paths is { } map)
        {
            var root = baseUrl ?? pathsFrom;
            foreach (var p in map.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
            {
                var targets = p.Value.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String)
                    .Select(t => RepoPath.Join(root, t.GetString()!)).OfType<string>().ToList();
                list.Add((p.Name, targets));
            }
        }

        return baseUrl is null && list.Count == 0 ? null : new TsPathAliases(directory, baseUrl, list);
    }

    /// <summary>Candidate repository paths (without extension probing) for a bare specifier, longest pattern first.</summary>
    public IEnumerable<string> Candidates(string specifier)
    {
        foreach (var (pattern, targets) in _paths.OrderByDescending(p => p.Pattern.Length))
        {
            var star = pattern.IndexOf('*', StringComparison.Ordinal);
            if (star < 0)
            {
                if (pattern == specifier)
                {
                    foreach (var t in targets)
                    {
                        yield return t;
                    }
                }

                continue;
            }

            var prefix = pattern[..star];
            var suffix = pattern[(star + 1)..];
            if (specifier.Length >= prefix.Length + suffix.Length && specifier.StartsWith(prefix, StringComparison.Ordinal) &&
                specifier.EndsWith(suffix, StringComparison.Ordinal))
            {
                var middle = specifier[prefix.Length..(specifier.Length - suffix.Length)];
                foreach (var t in targets)
                {
                    yield return t.Replace("*", middle, StringComparison.Ordinal);
                }
            }
        }

        if (BaseUrl is not null && RepoPath.Join(BaseUrl, specifier) is { } fromBase)
        {
            yield return fromBase;
        }
    }
}
