using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Who imports a set of packages, and which names stand for them in a file: the file's own bindings of the
/// package, plus anything it imports from a local module that itself imports the package (a limiter built in
/// <c>lib/limiter.ts</c> and used in <c>app.ts</c>).
/// </summary>
public static class JsPackages
{
    public static List<PackageImport> Imports(ModuleGraph graph, IReadOnlySet<string> packages) =>
    [
        .. graph.Modules.SelectMany(d => graph.ImportsOf(d.Path)
            .Where(i => !i.Import.TypeOnly && packages.Contains(JsImports.PackageOf(i.Import.Specifier)))
            .Select(i => new PackageImport(d, i.Import))),
    ];

    /// <summary>Local names in <paramref name="path"/> bound to one of the packages or to a local module built on them.</summary>
    public static HashSet<string> NamesIn(ModuleGraph graph, string path, IReadOnlySet<string> packages)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in graph.ImportsOf(path).Where(i => !i.Import.TypeOnly))
        {
            if (packages.Contains(JsImports.PackageOf(edge.Import.Specifier)) || (edge.Target is { } t && ImportsDirectly(graph, t, packages)))
            {
                names.UnionWith(edge.Import.Bindings);
            }
        }

        return names;
    }

    public static bool ImportsDirectly(ModuleGraph graph, string path, IReadOnlySet<string> packages) =>
        graph.ImportsOf(path).Any(i => !i.Import.TypeOnly && packages.Contains(JsImports.PackageOf(i.Import.Specifier)));

    /// <summary>
    /// The manifests that declare any of the packages, each with the offset of the first one's key in it: where an
    /// "installed but never used" finding points.
    /// </summary>
    public static List<(SourceDocument Doc, int Offset)> Declaring(ModuleGraph graph, IReadOnlySet<string> packages) =>
    [
        .. graph.Manifests.Where(m => m.Document is not null && m.Dependencies.Any(packages.Contains))
            .Select(m => (m.Document!, packages.Select(p => m.Document!.Content.IndexOf($"\"{p}\"", StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min())),
    ];

    /// <summary>True when the file imports one of the packages directly or through a local module built on them.</summary>
    public static bool Uses(ModuleGraph graph, string path, IReadOnlySet<string> packages) =>
        ImportsDirectly(graph, path, packages) || graph.ImportsOf(path).Any(i => i.Target is { } t && ImportsDirectly(graph, t, packages));
}
