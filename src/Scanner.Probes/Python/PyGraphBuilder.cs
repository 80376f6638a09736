using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Walks imports breadth-first from the entries. Besides import statements, module paths named in strings
/// count (DJANGO_SETTINGS_MODULE, INSTALLED_APPS, MIDDLEWARE, ROOT_URLCONF, <c>include("app.urls")</c>,
/// <c>uvicorn.run("main:app")</c>), and a Django app package brings the modules Django loads by convention.
/// </summary>
internal static class PyGraphBuilder
{
    private static readonly string[] DjangoConventional = ["models", "admin", "apps", "tasks", "urls"];

    public static PyGraph Build(Workspace workspace)
    {
        var modules = workspace.Files.Select(f => f.Path).Where(PyPaths.IsPython).Order(StringComparer.Ordinal).ToList();
        var index = new PyModuleIndex(modules);
        var launches = PyLaunches.Find(workspace);
        foreach (var root in launches.SelectMany(l => l.Roots))
        {
            index.AddRoot(root);
        }

        var imports = new Dictionary<string, IReadOnlyList<PyImport>>(StringComparer.Ordinal);
        foreach (var path in modules)
        {
            imports[path] = workspace.Read(path) is { } doc ? PyImports.Of(doc) : [];
        }

        var entries = modules.Count == 0 ? [] : PyEntries.Find(workspace, index, launches);
        var reachedFrom = Walk(workspace, index, imports, entries);
        return new PyGraph(modules, entries, launches, imports, reachedFrom);
    }

    private static Dictionary<string, string> Walk(
        Workspace workspace, PyModuleIndex index, Dictionary<string, IReadOnlyList<PyImport>> imports, IReadOnlyList<PyEntry> entries)
    {
        var reachedFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var entry in entries.Where(e => reachedFrom.TryAdd(e.Path, e.Path)))
        {
            queue.Enqueue(entry.Path);
        }

        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            foreach (var target in Targets(workspace, index, imports, path).Where(t => reachedFrom.TryAdd(t, path)))
            {
                queue.Enqueue(target);
            }
        }

        return reachedFrom;
    }

    private static IEnumerable<string> Targets(Workspace workspace, PyModuleIndex index, Dictionary<string, IReadOnlyList<PyImport>> imports, string path)
    {
        foreach (var import in imports.GetValueOrDefault(path) ?? [])
        {
            var resolve = import.Level > 0
                ? (Func<string, IReadOnlyList<string>>)(m => index.ResolveRelative(path, import.Level, m))
                : m => index.ResolveAbsolute(m, path);
            foreach (var file in resolve(import.Module))
            {
                yield return file;
            }

            foreach (var name in import.Names)
            {
                foreach (var file in resolve(import.Module.Length == 0 ? name : import.Module + "." + name))
                {
                    yield return file;
                }
            }
        }

        if (workspace.Read(path) is not { } doc)
        {
            yield break;
        }

        foreach (var file in StringTargets(index, doc))
        {
            yield return file;
        }
    }

    private static IEnumerable<string> StringTargets(PyModuleIndex index, SourceDocument doc)
    {
        var references = PyImports.StringReferences(doc).Select(r => r.Reference.Split(':')[0]);
        if (doc.Content.Contains("INSTALLED_APPS", StringComparison.Ordinal))
        {
            references = references.Concat(PyImports.QuotedNames(doc));
        }

        foreach (var reference in references.Distinct(StringComparer.Ordinal))
        {
            var files = index.ResolveAbsolute(reference, doc.Path);
            var last = reference[(reference.LastIndexOf('.') + 1)..];
            if (files.Count == 0 && reference.Contains('.', StringComparison.Ordinal) && char.IsAsciiLetterUpper(last[0]))
            {
                files = index.ResolveAbsolute(reference[..reference.LastIndexOf('.')], doc.Path);
            }

            foreach (var file in files)
            {
                yield return file;
            }

            if (files.Count > 0 && files[^1].EndsWith("/__init__.py", StringComparison.Ordinal) && doc.Content.Contains("INSTALLED_APPS", StringComparison.Ordinal))
            {
                foreach (var file in DjangoConventional.SelectMany(m => index.ResolveAbsolute(reference + "." + m, doc.Path)))
                {
                    yield return file;
                }
            }
        }
    }
}
