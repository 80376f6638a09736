namespace Scanner.Probes.Python;

/// <summary>
/// Maps dotted module names to the repository's .py files the way the interpreter's search path would: from a
/// file's package root (the first folder up without <c>__init__.py</c>), its own folder (scripts), the repository
/// root, <c>src/</c>, and any folder a launch command adds (<c>--chdir</c>, <c>--app-dir</c>). Namespace packages
/// (folders without <c>__init__.py</c>) resolve too.
/// </summary>
public sealed class PyModuleIndex
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly List<string> _extraRoots = [];

    public PyModuleIndex(IEnumerable<string> pythonFiles)
    {
        _files = new HashSet<string>(pythonFiles, StringComparer.Ordinal);
        foreach (var file in _files)
        {
            var folder = PyPaths.Folder(file);
            while (folder.Length > 0 && _folders.Add(folder))
            {
                folder = PyPaths.Folder(folder);
            }
        }
    }

    public IReadOnlyCollection<string> Files => _files;

    public void AddRoot(string folder)
    {
        if (!_extraRoots.Contains(folder))
        {
            _extraRoots.Add(folder);
        }
    }

    /// <summary>The files an absolute import executes: each package's <c>__init__.py</c> on the way, then the module.</summary>
    public IReadOnlyList<string> ResolveAbsolute(string dotted, string fromPath)
    {
        foreach (var root in RootsFor(fromPath))
        {
            var files = ResolveUnder(root, dotted);
            if (files.Count > 0)
            {
                return files;
            }
        }

        return [];
    }

    /// <summary>A relative import: <paramref name="level"/> dots from the importing file's package.</summary>
    public IReadOnlyList<string> ResolveRelative(string fromPath, int level, string dotted)
    {
        var package = PyPaths.Folder(fromPath);
        for (var up = 1; up < level; up++)
        {
            if (package.Length == 0)
            {
                return [];
            }

            package = PyPaths.Folder(package);
        }

        return dotted.Length == 0 ? Existing(PyPaths.Join(package, "__init__.py")) : ResolveUnder(package, dotted);
    }

    /// <summary>The module a file path names, when the path itself is the reference (<c>python src/app.py</c>).</summary>
    public string? FindFile(string relativePath) => _files.Contains(relativePath) ? relativePath : null;

    /// <summary>The only file whose path ends with the module's path, for launch commands run from an unknown folder.</summary>
    public string? FindBySuffix(string dotted)
    {
        var tail = "/" + dotted.Replace('.', '/');
        var hits = _files.Where(f => ("/" + f).EndsWith(tail + ".py", StringComparison.Ordinal) || ("/" + f).EndsWith(tail + "/__init__.py", StringComparison.Ordinal)).Take(2).ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    private IEnumerable<string> RootsFor(string fromPath)
    {
        var own = PyPaths.Folder(fromPath);
        var packageRoot = own;
        while (packageRoot.Length > 0 && _files.Contains(PyPaths.Join(packageRoot, "__init__.py")))
        {
            packageRoot = PyPaths.Folder(packageRoot);
        }

        return new[] { packageRoot, own, "", "src" }.Concat(_extraRoots).Distinct(StringComparer.Ordinal);
    }

    private List<string> ResolveUnder(string root, string dotted)
    {
        var parts = dotted.Split('.');
        var result = new List<string>();

        var folder = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            folder = PyPaths.Join(folder, parts[i]);
            if (!_folders.Contains(folder))
            {
                return [];
            }

            result.AddRange(Existing(PyPaths.Join(folder, "__init__.py")));
        }

        // A package beside a module of the same name (app/ and app.py) wins, as in the interpreter's finder.
        var last = PyPaths.Join(folder, parts[^1]);
        if (_files.Contains(last + "/__init__.py"))
        {
            result.Add(last + "/__init__.py");
            return result;
        }

        if (_files.Contains(last + ".py"))
        {
            result.Add(last + ".py");
            return result;
        }

        // A namespace package: nothing runs on import, but "from pkg import mod" can still reach pkg/mod.py.
        return _folders.Contains(last) ? result : [];
    }

    private IReadOnlyList<string> Existing(string path) => _files.Contains(path) ? [path] : [];
}
