using System.Runtime.CompilerServices;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript.Modules;

/// <summary>
/// The JS/TS modules of a workspace, their resolved imports, the entry points and what each reaches. Built once
/// per workspace and shared by every probe (<see cref="For"/>), so "is this file wired in?" costs a lookup.
/// A module counts as production code only when an entry point reaches it through runtime imports; tests and
/// files nothing imports are told apart so a report can say "present but not wired in".
/// </summary>
public sealed class ModuleGraph
{
    private static readonly ConditionalWeakTable<Workspace, Lazy<ModuleGraph>> Cache = [];

    private readonly Dictionary<string, SourceDocument> _modules;
    private readonly Dictionary<string, IReadOnlyList<ResolvedImport>> _imports;
    private readonly Dictionary<string, (string? Parent, string? Reason)> _production = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tests = new(StringComparer.Ordinal);
    private readonly SourceDocument[] _sorted;
    private readonly Lazy<ILookup<string, string>> _importers;

    private ModuleGraph(
        Dictionary<string, SourceDocument> modules,
        Dictionary<string, IReadOnlyList<ResolvedImport>> imports,
        IReadOnlyList<PackageManifest> manifests,
        IReadOnlyList<EntryPoint> entries,
        IReadOnlyList<string> problems)
    {
        _modules = modules;
        _imports = imports;
        _sorted = [.. modules.Values.OrderBy(d => d.Path, StringComparer.Ordinal)];
        _importers = new Lazy<ILookup<string, string>>(() => imports
            .SelectMany(kv => kv.Value.Where(i => i is { Target: not null, Import.TypeOnly: false }).Select(i => (Target: i.Target!, From: kv.Key)))
            .Distinct()
            .ToLookup(e => e.Target, e => e.From, StringComparer.Ordinal));
        Manifests = manifests;
        Entries = entries;
        Problems = problems;
        Walk(entries.Select(e => (e.Path, e.Reason)), (path, parent, reason) => _production.TryAdd(path, (parent, reason)));
        Walk(modules.Keys.Where(CodeKinds.IsTest).Select(p => (p, "test")), (path, _, _) => !_production.ContainsKey(path) && _tests.Add(path));
    }

    /// <summary>Every JS/TS module (declaration files aside), in path order.</summary>
    public IReadOnlyList<SourceDocument> Modules => _sorted;

    public IReadOnlyList<PackageManifest> Manifests { get; }

    public IReadOnlyList<EntryPoint> Entries { get; }

    /// <summary>Files that could not be read as intended (a package.json that is not JSON), for Inconclusive notes.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static ModuleGraph For(Workspace workspace) =>
        Cache.GetValue(workspace, w => new Lazy<ModuleGraph>(() => Build(w), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The module at a path, or null when the path is not a JS/TS module of this workspace.</summary>
    public SourceDocument? Module(string path) => _modules.GetValueOrDefault(path);

    public IReadOnlyList<ResolvedImport> ImportsOf(string path) => _imports.GetValueOrDefault(path) ?? [];

    public ModuleRole RoleOf(string path) =>
        _production.ContainsKey(path) ? ModuleRole.Production : _tests.Contains(path) ? ModuleRole.Test : ModuleRole.Unreachable;

    public bool IsWired(string path) => _production.ContainsKey(path);

    /// <summary>Wired-in production modules, in path order.</summary>
    public IEnumerable<SourceDocument> WiredModules() => Modules.Where(d => IsWired(d.Path));

    /// <summary>The package.json whose folder holds the path most closely, if any.</summary>
    public PackageManifest? ManifestOf(string path) =>
        Manifests.Where(m => RepoPath.IsUnder(path, m.Directory)).MaxBy(m => m.Directory.Length);

    /// <summary>How a file is reached, for messages: "src/server.ts (package.json script 'start' runs it) → src/app.ts".</summary>
    public string Explain(string path)
    {
        if (!_production.ContainsKey(path))
        {
            return RoleOf(path) == ModuleRole.Test ? "test code only" : "no entry point imports it";
        }

        var chain = new List<string>();
        var at = path;
        string? reason = null;
        while (at is not null && chain.Count < 12 && _production.TryGetValue(at, out var step))
        {
            chain.Add(at);
            reason = step.Reason;
            at = step.Parent;
        }

        chain.Reverse();
        return $"{chain[0]} ({reason}){(chain.Count > 1 ? " → " + string.Join(" → ", chain.Skip(1)) : "")}";
    }

    /// <summary>Modules that import <paramref name="path"/> through a runtime import.</summary>
    public IEnumerable<string> ImportersOf(string path) => _importers.Value[path].Order(StringComparer.Ordinal);

    private void Walk(IEnumerable<(string Path, string Reason)> roots, Func<string, string?, string?, bool> visit)
    {
        var queue = new Queue<string>();
        foreach (var (path, reason) in roots)
        {
            if (_modules.ContainsKey(path) && visit(path, null, reason))
            {
                queue.Enqueue(path);
            }
        }

        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var edge in ImportsOf(current))
            {
                if (edge is { Target: { } target, Import.TypeOnly: false } && _modules.ContainsKey(target) && visit(target, current, null))
                {
                    queue.Enqueue(target);
                }
            }
        }
    }

    private static ModuleGraph Build(Workspace workspace)
    {
        var problems = new List<string>();
        var manifests = new List<PackageManifest>();
        var aliases = new List<TsPathAliases>();
        var modules = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var file in workspace.Files)
        {
            var name = file.Path[(file.Path.LastIndexOf('/') + 1)..];
            if (name == "package.json" && workspace.Read(file) is { } manifestDoc)
            {
                if (PackageManifest.Parse(manifestDoc) is { } manifest)
                {
                    manifests.Add(manifest);
                }
                else
                {
                    // No probe reports the graph's problems, so the report would otherwise never say the file was unusable.
                    const string why = "not a JSON object (or nested deeper than 64 levels), so its entry points are unknown";
                    problems.Add($"{file.Path}: {why}");
                    workspace.AddNote(new ScanNote(file.Path, "unparsed", why));
                }
            }
            else if (name is "tsconfig.json" or "jsconfig.json" && TsPathAliases.Load(workspace, file.Path) is { } alias)
            {
                aliases.Add(alias);
            }
            else if (ModuleResolver.IsModulePath(file.Path) && workspace.Read(file) is { } doc)
            {
                modules[file.Path] = doc;
            }
        }

        var resolver = new ModuleResolver(workspace, aliases, manifests);
        var imports = modules.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<ResolvedImport>)[.. JsImports.Of(kv.Value).Select(i => new ResolvedImport(i, resolver.Resolve(kv.Key, i.Specifier)))],
            StringComparer.Ordinal);
        var entries = FindEntries(workspace, manifests, modules.Keys, resolver);
        return new ModuleGraph(modules, imports, manifests, entries, problems);
    }

    private static List<EntryPoint> FindEntries(Workspace workspace, List<PackageManifest> manifests, IEnumerable<string> modulePaths, ModuleResolver resolver)
    {
        var live = manifests.Where(m => !CodeKinds.InNonProductFolder(m.Path)).ToList();
        var entries = live.SelectMany(m => ManifestEntries.Find(m, resolver)).ToList();
        var owners = modulePaths.GroupBy(p => live.Where(m => RepoPath.IsUnder(p, m.Directory)).MaxBy(m => m.Directory.Length)?.Directory ?? "");
        foreach (var group in owners)
        {
            var manifest = live.FirstOrDefault(m => m.Directory == group.Key);
            if (group.Key.Length > 0 && manifest is null)
            {
                continue;
            }

            entries.AddRange(ConventionEntries.Find(workspace, group.Key, manifest, [.. group], resolver, guess: manifests.Count == 0));
        }

        return [.. entries.DistinctBy(e => e.Path).OrderBy(e => e.Path, StringComparer.Ordinal)];
    }
}
