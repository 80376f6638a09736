using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript.Modules;

/// <summary>
/// Turns a specifier into a repository file the way Node, TypeScript and bundlers do: relative paths with implied
/// extensions and index files (<c>./x.js</c> may name <c>x.ts</c>), tsconfig/jsconfig <c>paths</c> and
/// <c>baseUrl</c>, and packages of the same monorepo by name (their <c>exports</c>/<c>main</c>, or src/index).
/// Anything else (node_modules, node: builtins) resolves to null.
/// </summary>
internal sealed class ModuleResolver
{
    public static readonly string[] Extensions = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];

    private static readonly string[] OutputFolders = ["dist/", "build/", "out/"];

    private readonly Workspace _workspace;
    private readonly List<TsPathAliases> _aliases;
    private readonly Dictionary<string, PackageManifest> _packages;

    public ModuleResolver(Workspace workspace, IEnumerable<TsPathAliases> aliases, IEnumerable<PackageManifest> manifests)
    {
        _workspace = workspace;
        _aliases = [.. aliases.OrderByDescending(a => a.Directory.Length)];
        _packages = new Dictionary<string, PackageManifest>(StringComparer.Ordinal);
        foreach (var m in manifests.Where(m => m.Name is not null).OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            _packages.TryAdd(m.Name!, m);
        }
    }

    public static bool IsModulePath(string path) =>
        !path.EndsWith(".d.ts", StringComparison.OrdinalIgnoreCase) && Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public string? Resolve(string from, string specifier)
    {
        if (specifier.StartsWith('.'))
        {
            return Probe(RepoPath.Join(RepoPath.DirectoryOf(from), specifier));
        }

        if (specifier.StartsWith('/') || specifier.StartsWith("node:", StringComparison.Ordinal))
        {
            return null;
        }

        if (_aliases.FirstOrDefault(a => RepoPath.IsUnder(from, a.Directory)) is { } alias)
        {
            foreach (var candidate in alias.Candidates(specifier))
            {
                if (Probe(candidate) is { } hit)
                {
                    return hit;
                }
            }
        }

        return LocalPackage(specifier);
    }

    /// <summary>A file named by a manifest, script or HTML page, relative to <paramref name="directory"/>; build output maps back to src/.</summary>
    public string? ResolveFile(string directory, string relative)
    {
        if (RepoPath.Join(directory, relative) is not { } joined)
        {
            return null;
        }

        if (Probe(joined) is { } direct)
        {
            return direct;
        }

        var inner = directory.Length == 0 ? joined : joined[Math.Min(joined.Length, directory.Length + 1)..];
        var output = OutputFolders.FirstOrDefault(o => inner.StartsWith(o, StringComparison.Ordinal));
        return output is null ? null : Probe(RepoPath.Join(directory, "src/" + inner[output.Length..])) ?? Probe(RepoPath.Join(directory, inner[output.Length..]));
    }

    /// <summary>The module file a path names, trying extensions, a .js → .ts swap and index files.</summary>
    public string? Probe(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (IsModulePath(path) && Exists(path))
        {
            return path;
        }

        foreach (var ext in Extensions)
        {
            if (Exists(path + ext))
            {
                return path + ext;
            }
        }

        var dot = path.LastIndexOf('.');
        if (dot > path.LastIndexOf('/') && path[dot..] is ".js" or ".jsx" or ".mjs" or ".cjs")
        {
            var stem = path[..dot];
            foreach (var ext in new[] { ".ts", ".tsx", ".mts", ".cts" })
            {
                if (Exists(stem + ext))
                {
                    return stem + ext;
                }
            }
        }

        foreach (var ext in Extensions)
        {
            var index = path.Length == 0 ? "index" + ext : path + "/index" + ext;
            if (Exists(index))
            {
                return index;
            }
        }

        return null;
    }

    private string? LocalPackage(string specifier)
    {
        var name = JsImports.PackageOf(specifier);
        if (!_packages.TryGetValue(name, out var manifest))
        {
            return null;
        }

        var sub = specifier.Length > name.Length ? specifier[(name.Length + 1)..] : "";
        if (sub.Length > 0)
        {
            return ResolveFile(manifest.Directory, sub) ?? ResolveFile(manifest.Directory, "src/" + sub);
        }

        return manifest.EntryFiles.Select(e => ResolveFile(manifest.Directory, e)).FirstOrDefault(p => p is not null)
            ?? ResolveFile(manifest.Directory, "src/index") ?? ResolveFile(manifest.Directory, "index");
    }

    private bool Exists(string path) => _workspace.Find(path) is not null;
}
