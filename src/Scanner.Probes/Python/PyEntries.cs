using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Where a Python app starts. Declared launches (Procfile, Dockerfile CMD, gunicorn/uvicorn commands) and
/// conventional entry files (wsgi.py, asgi.py, manage.py, main.py, app.py, __main__.py ...) outside tests and
/// set-aside folders; only when neither exists, modules that build an app (<c>Flask(...)</c>, <c>FastAPI()</c>,
/// <c>def create_app</c>), so a stale copy in backup/ never becomes an entry by itself.
/// </summary>
public static partial class PyEntries
{
    private static readonly HashSet<string> Conventional = new(StringComparer.Ordinal)
    {
        "wsgi.py", "asgi.py", "manage.py", "main.py", "app.py", "application.py", "__main__.py", "run.py", "server.py",
    };

    private static readonly string[] AppKeywords = ["Flask", "FastAPI", "Quart", "Starlette", "Sanic", "Litestar", "Bottle", "App(", "Application(", "_app"];

    public static List<PyEntry> Find(Workspace workspace, PyModuleIndex index, IReadOnlyList<PyLaunch> launches)
    {
        var entries = new List<PyEntry>();
        foreach (var launch in launches.Where(l => l.Target is not null))
        {
            var why = $"{launch.Server} in {launch.Path}:{launch.Line}";
            entries.AddRange(Resolve(index, launch).Select(path => new PyEntry(path, why)));
        }

        foreach (var path in index.Files.Where(p => Conventional.Contains(PyPaths.FileName(p)) && !PyPaths.IsTest(p) && !PyPaths.IsSetAside(p)))
        {
            entries.Add(new PyEntry(path, $"conventional entry file {PyPaths.FileName(path)}"));
        }

        if (entries.Count == 0)
        {
            foreach (var path in index.Files.Where(PyPaths.IsAppCode))
            {
                if (workspace.Read(path) is { } doc && BuildsApp(doc) is { } offset)
                {
                    entries.Add(new PyEntry(path, $"builds the app at line {doc.Text.LineOf(offset)}"));
                }
            }
        }

        return [.. entries.DistinctBy(e => e.Path).OrderBy(e => e.Path, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Resolve(PyModuleIndex index, PyLaunch launch)
    {
        var target = launch.Target!;
        if (launch.TargetIsFile)
        {
            var found = index.FindFile(PyPaths.Join(PyPaths.Folder(launch.Path), target)) ?? index.FindFile(target)
                ?? launch.Roots.Select(r => index.FindFile(PyPaths.Join(r, target))).FirstOrDefault(f => f is not null)
                ?? index.FindBySuffix(target[..^3].Replace('/', '.'));
            return found is null ? [] : [found];
        }

        var files = index.ResolveAbsolute(target, launch.Path);
        return files.Count > 0 ? files : index.FindBySuffix(target) is { } one ? [one] : [];
    }

    /// <summary>Offset of an app being built in code: <c>Flask(</c>, <c>FastAPI(</c>, ..., or <c>def create_app(</c>.</summary>
    public static int? BuildsApp(SourceDocument doc)
    {
        if (!AppKeywords.Any(k => doc.Content.Contains(k, StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var m in AppConstruction().EnumerateMatches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) == RegionKind.Code)
            {
                return m.Index;
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"\b(?:Flask|FastAPI|Quart|Starlette|Sanic|Litestar|Bottle)\s*\(|\bfalcon\.(?:asgi\.)?App\s*\(|\bweb\.Application\s*\(|\bdef\s+(?:create_app|make_app|app_factory)\s*\(",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex AppConstruction();
}
