using System.Runtime.CompilerServices;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// The Python import graph of one scan: entries, the modules reachable from them, each file's imports and the
/// frameworks the app uses. Built once per workspace on first use and shared by every Python probe.
/// </summary>
public sealed class PyGraph
{
    private static readonly ConditionalWeakTable<Workspace, Lazy<PyGraph>> Cache = [];

    private static readonly HashSet<string> WebFrameworkNames = new(StringComparer.Ordinal)
    {
        "flask", "fastapi", "django", "starlette", "quart", "sanic", "aiohttp", "falcon", "bottle", "pyramid", "tornado", "litestar", "connexion",
    };

    private readonly Dictionary<string, IReadOnlyList<PyImport>> _imports;
    private readonly Dictionary<string, string> _reachedFrom;

    internal PyGraph(
        IReadOnlyList<string> modules, IReadOnlyList<PyEntry> entries, IReadOnlyList<PyLaunch> launches,
        Dictionary<string, IReadOnlyList<PyImport>> imports, Dictionary<string, string> reachedFrom)
    {
        Modules = modules;
        Entries = entries;
        Launches = launches;
        _imports = imports;
        _reachedFrom = reachedFrom;
        var scope = HasEntries ? reachedFrom.Keys.Where(p => !PyPaths.IsTest(p)) : modules.Where(PyPaths.IsAppCode);
        Frameworks = scope.SelectMany(ImportsOf).Where(i => i.Level == 0).Select(i => i.TopLevel).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every .py file in the workspace, sorted.</summary>
    public IReadOnlyList<string> Modules { get; }

    public IReadOnlyList<PyEntry> Entries { get; }

    public IReadOnlyList<PyLaunch> Launches { get; }

    /// <summary>Top-level packages imported by the app's own modules (reachable ones when entries are known).</summary>
    public IReadOnlySet<string> Frameworks { get; }

    public bool HasEntries => Entries.Count > 0;

    /// <summary>A Python web app: some app module imports a web framework.</summary>
    public bool IsWebApp => Frameworks.Overlaps(WebFrameworkNames);

    public IReadOnlyCollection<string> Reachable => _reachedFrom.Keys;

    public static PyGraph For(Workspace workspace) =>
        Cache.GetValue(workspace, w => new Lazy<PyGraph>(() => PyGraphBuilder.Build(w))).Value;

    public bool Uses(string package) => Frameworks.Contains(package);

    public PyReach Reach(string path) =>
        !HasEntries ? PyReach.Unknown : _reachedFrom.ContainsKey(path) ? PyReach.Reachable : PyReach.Unreachable;

    /// <summary>The module that imports <paramref name="path"/> on the way from an entry (the entry itself for an entry).</summary>
    public string? ReachedFrom(string path) => _reachedFrom.GetValueOrDefault(path);

    public IReadOnlyList<PyImport> ImportsOf(string path) => _imports.GetValueOrDefault(path) ?? [];

    /// <summary>Files probes search for evidence: every Python module except tests (set-aside code is kept, to report it as not wired in).</summary>
    public IEnumerable<string> EvidenceFiles => Modules.Where(p => !PyPaths.IsTest(p));
}
