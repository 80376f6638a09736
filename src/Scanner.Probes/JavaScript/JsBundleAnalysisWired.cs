using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A bundle analyser is installed and wired: the config the bundler loads hands its exported config to the analyser
/// (@next/bundle-analyzer wrapping next.config's export, webpack-bundle-analyzer in a plugins list, a visualizer in
/// the Vite or Rollup plugins), or a script or CI step runs an analyser command (<see cref="BundleAnalyzerCommands"/>).
/// An analyser set up only in a config the tool never loads (Next.js loads next.config.{js,mjs,cjs,ts} and nothing
/// else), imported but left out of the export, or installed and used nowhere fails; so does a bundled app with none.
/// </summary>
public sealed partial class JsBundleAnalysisWired : IProbe
{
    private static readonly HashSet<string> Analyzers = new(StringComparer.Ordinal)
    {
        "@next/bundle-analyzer", "webpack-bundle-analyzer", "rollup-plugin-visualizer", "vite-bundle-visualizer", "vite-bundle-analyzer",
        "source-map-explorer", "size-limit", "@size-limit/preset-app", "@size-limit/preset-big-lib", "@size-limit/file", "bundlesize", "bundlewatch",
    };

    private static readonly HashSet<string> Bundlers = new(StringComparer.Ordinal)
    {
        "next", "vite", "webpack", "rollup", "parcel", "react-scripts", "@craco/craco", "react-app-rewired", "@vue/cli-service", "@angular/cli", "gatsby",
    };

    private static readonly string[] NextLoads = ["next.config.js", "next.config.mjs", "next.config.cjs", "next.config.ts"];
    private static readonly string[] ConfigBases = ["next.config.", "vite.config.", "webpack.", "rollup.config.", "craco.config.", "vue.config.", "config-overrides."];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        if (!graph.Manifests.Any(m => !CodeKinds.InNonProductFolder(m.Path) && Bundlers.Any(m.Declares)))
        {
            return [context.NotApplicable("no bundled front end (Next.js, Vite, webpack, Rollup, Parcel, Create React App ...): nothing to analyse")];
        }

        var findings = new List<Finding>();
        var readsFlag = false;
        foreach (var config in graph.Modules.Where(d => IsBundlerConfig(d.Path)))
        {
            var seeds = JsPackages.NamesIn(graph, config.Path, Analyzers);
            var imported = JsPackages.Imports(graph, Analyzers).Where(i => i.Doc.Path == config.Path).ToList();
            if (imported.Count == 0)
            {
                continue;
            }

            if (!Loaded(context, graph, config.Path))
            {
                findings.AddRange(imported.Select(i => context.Fail(config, i.Import.Offset,
                    $"{JsImports.PackageOf(i.Import.Specifier)} is set up in {config.Path}, which the build never loads{(IsNext(config.Path) ? " (Next.js loads next.config.js, .mjs, .cjs or .ts)" : "")}")));
                continue;
            }

            readsFlag |= config.Content.Contains("ANALYZE", StringComparison.Ordinal);
            var names = JsDerivedNames.Expand(config, seeds);
            var export = JsCode.Matches(config, Export(), "export").FirstOrDefault();
            var exported = export is null ? "" : CodeOnly(config, export.Index, JsDerivedNames.StatementEnd(config, export.Index + export.Length));
            var package = JsImports.PackageOf(imported[0].Import.Specifier);
            if (!graph.Manifests.Any(m => m.Declares(package)))
            {
                findings.Add(context.Fail(config, imported[0].Import.Offset, $"{config.Path} imports {package}, but no package.json declares it: the build cannot load it"));
                continue;
            }

            findings.Add(JsNames.In(exported).Overlaps(names) || Analyzers.Any(a => exported.Contains(a, StringComparison.Ordinal))
                ? context.Pass(config, imported[0].Import.Offset, $"{package} wired into the config {config.Path} exports")
                : context.Fail(config, imported[0].Import.Offset, $"{package} is imported in {config.Path}, but the config it exports never uses it"));
        }

        findings.AddRange(BundleAnalyzerCommands.Judge(context, graph, readsFlag));
        if (findings.Any(f => f.Outcome == Outcome.Pass))
        {
            return findings.Where(f => f.Outcome == Outcome.Pass);
        }

        if (findings.Count == 0)
        {
            findings.AddRange(JsPackages.Declaring(graph, Analyzers).Select(d => context.Fail(d.Doc, d.Offset, "a bundle analyser is installed, but no loaded config, script or CI step runs it")));
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        var manifest = graph.Manifests.First(m => !CodeKinds.InNonProductFolder(m.Path) && Bundlers.Any(m.Declares));
        return [context.AtLine(Outcome.Fail, manifest.Document!, 1,
            $"no bundle analyser: none is installed, no bundler config sets one up, and no script or CI step runs one (searched {graph.Manifests.Count} package.json file(s), the bundler configs and CI files)")];
    }

    private static bool IsBundlerConfig(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return ConfigBases.Any(b => name.StartsWith(b, StringComparison.Ordinal)) && !CodeKinds.IsTest(path) && !CodeKinds.InNonProductFolder(path);
    }

    private static bool IsNext(string path) => path[(path.LastIndexOf('/') + 1)..].StartsWith("next.config.", StringComparison.Ordinal);

    /// <summary>
    /// Next.js loads only its four config names; other tools load their default name or the file a script or CI step
    /// passes them (<c>webpack --config webpack.analyze.js</c>).
    /// </summary>
    private static bool Loaded(ProbeContext context, ModuleGraph graph, string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (IsNext(path))
        {
            return NextLoads.Contains(name, StringComparer.Ordinal);
        }

        return DefaultName().IsMatch(name) ||
               graph.Manifests.Any(m => m.Scripts.Values.Any(s => s.Contains(name, StringComparison.Ordinal))) ||
               context.Documents(p => Ci.CiFiles.SystemOf(p) is not null).Any(d => d.Content.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>The text between two offsets with comments blanked: a commented-out wrapper wires nothing.</summary>
    private static string CodeOnly(SourceDocument doc, int start, int end)
    {
        var chars = doc.Content[start..end].ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (doc.Regions.KindAt(start + i) == RegionKind.Comment)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^(?:(?:vite|rollup|craco|vue|webpack)\.config|config-overrides)\.[cm]?[jt]s$", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultName();

    [GeneratedRegex(@"\b(?:module\s*\.\s*exports\s*=|export\s+default\b)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ExportCompiled();
    private static Regex Export() => LinearRegex.Pick(ExportCompiled());
}
