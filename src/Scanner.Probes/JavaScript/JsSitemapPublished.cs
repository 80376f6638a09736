using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A web front end publishes a sitemap: a committed sitemap*.xml, a route the framework serves by its file name
/// (Next.js <c>app/sitemap.ts</c>, <c>pages/sitemap.xml.ts</c>, a SvelteKit or Astro <c>sitemap.xml</c> route), a
/// generator a build script or a loaded build config runs (next-sitemap with its config or script, a sitemap plugin),
/// a sitemap package used in wired-in code, or a handler answering <c>/sitemap.xml</c>. Code elsewhere that mentions
/// sitemaps without any of these shapes leaves it undecided; none anywhere fails, naming what was searched.
/// </summary>
public sealed partial class JsSitemapPublished : IProbe
{
    private static readonly HashSet<string> Packages = new(StringComparer.Ordinal)
    {
        "sitemap", "next-sitemap", "vite-plugin-sitemap", "@astrojs/sitemap", "express-sitemap-xml", "sitemap-generator",
        "react-router-sitemap", "@nuxtjs/sitemap", "nuxt-simple-sitemap", "svelte-sitemap", "gatsby-plugin-sitemap",
    };

    private static readonly string[] BuildConfigs = ["vite.config.", "astro.config.", "svelte.config.", "nuxt.config.", "gatsby-config."];

    private static readonly string[] CandidateExtensions = [".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".py", ".rb", ".php", ".go", ".yml", ".yaml", ".toml", ".sh"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        if (WebFrontEnd.Reason(context.Workspace, graph) is not { } site)
        {
            return [context.NotApplicable("no web pages (no site framework, index.html, page script or server sending HTML): an API or a library has no sitemap")];
        }

        var findings = new List<Finding>();
        findings.AddRange(context.Workspace.Files.Where(f => IsSitemapFile(f.Path)).Select(f => context.AtFile(Outcome.Pass, f.Path, $"{f.Path} is a committed sitemap")));
        findings.AddRange(graph.Modules.Where(d => IsSitemapRoute(d.Path)).Select(d => context.AtLine(Outcome.Pass, d, 1, $"{d.Path} serves the sitemap: the framework routes it by its file name")));
        findings.AddRange(graph.Modules.Where(d => IsBuildConfig(d.Path)).SelectMany(d => JsCode.LiteralMatches(d, Plugin(), "sitemap").Concat(JsCode.Matches(d, Plugin(), "sitemap"))
            .Take(1).Select(m => context.Pass(d, m.Index, $"{d.Path} sets up a sitemap generator, and the build loads it by its name"))));
        findings.AddRange(Scripts(context, graph));
        findings.AddRange(graph.Manifests.Where(m => m.Declares("next-sitemap")).SelectMany(m => context.Workspace.Files.Where(f => RepoPath.DirectoryOf(f.Path) == m.Directory &&
            f.Path[(f.Path.LastIndexOf('/') + 1)..].StartsWith("next-sitemap.config.", StringComparison.Ordinal)))
            .Select(f => context.AtFile(Outcome.Pass, f.Path, $"next-sitemap is installed and configured in {f.Path}")));

        var imports = JsPackages.Imports(graph, Packages).Where(i => !IsBuildConfig(i.Doc.Path)).ToList();
        var evidence = imports.Select(i => new JsEvidence(i.Doc, i.Import.Offset, $"sitemap package {JsImports.PackageOf(i.Import.Specifier)} used"))
            .Concat(graph.Modules.Where(d => !CodeKinds.IsTest(d.Path)).SelectMany(d => JsCode.Matches(d, Route(), "sitemap").Select(m => new JsEvidence(d, m.Index, "a handler answers /sitemap.xml"))));
        findings.AddRange(Wiring.Judge(context, graph, evidence, "sitemap generation"));

        if (findings.Any(f => f.Outcome == Outcome.Pass))
        {
            return findings.Where(f => f.Outcome == Outcome.Pass).DistinctBy(f => (f.Location?.Path, f.Location?.Line));
        }

        var unused = JsPackages.Declaring(graph, Packages).Where(m => !findings.Any(f => f.Location?.Path == m.Doc.Path)).ToList();
        findings.AddRange(unused.Select(m => context.Fail(m.Doc, m.Offset, "a sitemap package is installed, but no config, script or wired-in code runs it")));
        if (findings.Count > 0)
        {
            return findings;
        }

        if (Candidate(context) is { } hint)
        {
            return [context.Inconclusive($"no sitemap shape this probe knows, but {hint.Path}:{hint.Line} mentions sitemaps", hint)];
        }

        return [Wiring.Missing(context, graph, null,
            $"no sitemap for this web front end ({site}): no committed sitemap*.xml, no app/sitemap or pages/sitemap.xml route, no next-sitemap config or script, no sitemap plugin or package, no handler for /sitemap.xml")];
    }

    private static IEnumerable<Finding> Scripts(ProbeContext context, ModuleGraph graph)
    {
        foreach (var manifest in graph.Manifests.Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path)))
        {
            foreach (var (name, command) in manifest.Scripts.Where(s => s.Value.Contains("sitemap", StringComparison.OrdinalIgnoreCase)).OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var at = manifest.Document!.Content.IndexOf($"\"{name}\"", StringComparison.Ordinal);
                yield return context.Pass(manifest.Document, Math.Max(0, at), $"{manifest.Path} script '{name}' generates the sitemap ({command})");
            }
        }
    }

    private static bool IsSitemapFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.StartsWith("sitemap", StringComparison.OrdinalIgnoreCase) && (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xml.gz", StringComparison.OrdinalIgnoreCase)) &&
               !Excluded(path);
    }

    /// <summary>
    /// app/**/sitemap.ts or a route.ts under a sitemap folder (Next.js), pages/**/sitemap* (Next.js, Astro),
    /// routes/**/sitemap*/... (SvelteKit): file-system routers serve them at their path. A component named after
    /// sitemaps elsewhere under app/ is no route.
    /// </summary>
    private static bool IsSitemapRoute(string path)
    {
        var parts = path.Split('/');
        var router = Array.FindIndex(parts, p => p is "app" or "pages" or "routes");
        if (router < 0 || Excluded(path))
        {
            return false;
        }

        var below = parts[(router + 1)..];
        var name = below[^1];
        return parts[router] == "app"
            ? name[..Math.Max(0, name.IndexOf('.'))] == "sitemap" || below[..^1].Any(p => p.StartsWith("sitemap", StringComparison.Ordinal)) && name.StartsWith("route.", StringComparison.Ordinal)
            : below.Any(p => p.StartsWith("sitemap", StringComparison.Ordinal));
    }

    private static bool IsBuildConfig(string path) => BuildConfigs.Any(c => path[(path.LastIndexOf('/') + 1)..].StartsWith(c, StringComparison.Ordinal)) && !Excluded(path);

    private static bool Excluded(string path) =>
        CodeKinds.IsTest(path) || CodeKinds.InNonProductFolder(path) || NonProduction.IsSetAside(path) || path.Contains("node_modules/", StringComparison.Ordinal);

    /// <summary>First place outside comments, tests and docs where code or configuration mentions sitemaps; robots files only point at one.</summary>
    private static SourceLocation? Candidate(ProbeContext context)
    {
        foreach (var doc in context.Documents(p => CandidateExtensions.Any(e => p.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !Excluded(p) &&
                                                   !p[(p.LastIndexOf('/') + 1)..].StartsWith("robots", StringComparison.OrdinalIgnoreCase)))
        {
            for (var at = doc.Content.IndexOf("sitemap", StringComparison.OrdinalIgnoreCase); at >= 0; at = doc.Content.IndexOf("sitemap", at + 7, StringComparison.OrdinalIgnoreCase))
            {
                if (doc.Regions.KindAt(at) != RegionKind.Comment)
                {
                    return new SourceLocation(doc.Path, doc.Text.LineOf(at));
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"sitemap", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Plugin();

    [GeneratedRegex(@"(?:\.\s*(?:get|all|route)\s*\(\s*|[=!]==?\s*|\bsource\s*:\s*|\bcase\s+)['""`]/sitemap[\w.-]{0,40}\.xml['""`]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RouteCompiled();
    private static Regex Route() => LinearRegex.Pick(RouteCompiled());
}
