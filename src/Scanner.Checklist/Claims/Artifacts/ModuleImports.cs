using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// Whether a JavaScript/TypeScript or Python module is used: imported by another source file, or an entry the
/// framework or the deployment runs by itself (a Next.js page or route, a serverless function, a script a manifest
/// or Dockerfile names). A named helper that is neither is code nobody runs (TRUTH.md §4).
/// </summary>
public static class ModuleImports
{
    private static readonly HashSet<string> EntryStems = new(
        ["index", "main", "app", "server", "manage", "wsgi", "asgi", "middleware", "proxy", "instrumentation", "page", "layout", "route",
         "_app", "_document", "settings", "urls", "setup", "program", "startup", "worker", "cli", "__init__", "__main__", "handler", "lambda", "function"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> RoutedFolders = new(
        ["pages", "app", "api", "functions", "routes", "bin", "scripts", "migrations", "netlify", "lambda", "handlers", "commands", "management", "cron", "jobs"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> OffPathFolders = new(
        ["scripts", "bin", "tools", "examples", "example", "demo", "demos", "samples", "docs", "backup", "backups"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a source file runs in the application: not in a scripts, tools, examples or backup folder, and not a
    /// module nothing imports or runs. A one-off script still holding a call says nothing about the app.
    /// </summary>
    public static bool OnApplicationPath(WorkspaceFile file, RepositoryLookup lookup) =>
        !file.Path.Split('/')[..^1].Any(OffPathFolders.Contains) && Of(file, lookup).Used != false;

    /// <summary>True, with where, when the module is used or is an entry; false with what was searched when nothing imports it; null when not a module.</summary>
    public static (bool? Used, string Why) Of(WorkspaceFile module, RepositoryLookup lookup)
    {
        var language = LanguageDetector.Detect(module.Path);
        var name = RepositoryLookup.NameOf(module.Path);
        var stem = name.Contains('.', StringComparison.Ordinal) ? name[..name.IndexOf('.', StringComparison.Ordinal)] : name;
        if (language is not (Language.JavaScript or Language.Python) || name.Contains(".config.", StringComparison.Ordinal) || name.EndsWith(".d.ts", StringComparison.Ordinal))
        {
            return (null, "");
        }

        var folders = module.Path.Split('/')[..^1];
        if (EntryStems.Contains(stem) || folders.Any(RoutedFolders.Contains))
        {
            return (true, $"{module.Path} is an entry its framework or deployment runs");
        }

        var importer = lookup.CodeFiles().FirstOrDefault(d => d.Path != module.Path && Imports(d, stem, language));
        if (importer is not null)
        {
            return (true, $"{module.Path} is imported by {importer.Path}");
        }

        var launcher = lookup.Workspace.Files.Where(f => IsLauncher(f.Path)).Select(lookup.Workspace.Read).OfType<SourceDocument>()
            .FirstOrDefault(d => d.Content.Contains(name, StringComparison.Ordinal));
        return launcher is not null
            ? (true, $"{module.Path} is run by {launcher.Path}")
            : (false, $"{module.Path} exists, but none of the {lookup.CodeFiles().Count} source files imports it and no manifest or Dockerfile runs it");
    }

    private static bool IsLauncher(string path)
    {
        var name = RepositoryLookup.NameOf(path);
        return name is "package.json" or "Procfile" or "Makefile" or "pyproject.toml" or "vercel.json" or "netlify.toml"
            || LanguageDetector.Detect(path) is Language.Dockerfile or Language.Yaml;
    }

    /// <summary>Whether a source file imports a module named <paramref name="stem"/> (by its last path segment).</summary>
    private static bool Imports(SourceDocument doc, string stem, Language language)
    {
        if (doc.Language != language && !(doc.Language == Language.JavaScript && language == Language.JavaScript))
        {
            return false;
        }

        var text = doc.Content;
        for (var at = text.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = text.IndexOf(stem, at + stem.Length, StringComparison.Ordinal))
        {
            if (doc.Regions.KindAt(at) != RegionKind.Comment && IsModuleReference(text, at, stem.Length, language))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// JS: the name ends a quoted specifier's path (<c>'./lib/csrf'</c>, <c>"@/lib/csrf.ts"</c>, <c>'../csrf/index'</c>).
    /// Python: the name is a dotted segment on an import line (<c>from app.security import csrf</c>, <c>import csrf</c>).
    /// </summary>
    private static bool IsModuleReference(string text, int at, int length, Language language)
    {
        var before = at == 0 ? ' ' : text[at - 1];
        var after = at + length < text.Length ? text[at + length] : ' ';
        if (language == Language.JavaScript)
        {
            return before == '/' && (after is '\'' or '"' or '`' or '.' or '/');
        }

        if (!(before is ' ' or '.' or ',' or '(' && (after is ' ' or '.' or ',' or ')' or '\n' or '\r')))
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', at) + 1;
        var line = text.AsSpan(lineStart, at - lineStart).TrimStart();
        return line.StartsWith("import ", StringComparison.Ordinal) || line.StartsWith("from ", StringComparison.Ordinal) || InImportParentheses(text, at);
    }

    /// <summary>Inside <c>from x import (</c> … <c>)</c> spread over lines.</summary>
    private static bool InImportParentheses(string text, int at)
    {
        var open = text.LastIndexOf("import (", at, Math.Min(at, 600), StringComparison.Ordinal);
        return open >= 0 && text.IndexOf(')', open, at - open) < 0;
    }
}
