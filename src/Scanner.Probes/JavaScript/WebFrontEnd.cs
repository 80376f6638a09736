using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Whether a repository serves web pages from JavaScript tooling (a Next.js, Gatsby, Astro, SvelteKit, Nuxt, Remix or
/// Create React App site, a Vite or static page with its index.html, or a Node server sending HTML) and what says
/// so: the questions pages raise (a sitemap, robots rules) do not apply to an API or a library.
/// </summary>
public static partial class WebFrontEnd
{
    private static readonly HashSet<string> SiteFrameworks = new(StringComparer.Ordinal)
    {
        "next", "gatsby", "astro", "@sveltejs/kit", "nuxt", "@remix-run/react", "react-scripts", "@craco/craco",
        "react-app-rewired", "@docusaurus/core", "vitepress", "@11ty/eleventy",
    };

    /// <summary>The first product package.json that declares a site framework, or null.</summary>
    public static PackageManifest? SiteManifest(ModuleGraph graph) =>
        graph.Manifests.FirstOrDefault(m => !CodeKinds.InNonProductFolder(m.Path) && SiteFrameworks.Any(m.Declares));

    /// <summary>What makes this a web front end, or null when nothing does.</summary>
    public static string? Reason(Workspace workspace, ModuleGraph graph)
    {
        if (SiteManifest(graph) is { } site)
        {
            return $"{site.Path} declares {SiteFrameworks.Where(site.Declares).Order(StringComparer.Ordinal).First()}";
        }

        if (graph.Entries.FirstOrDefault(e => e.Reason.Contains("<script>", StringComparison.Ordinal)) is { } page)
        {
            return $"a page loads {page.Path}";
        }

        if (workspace.Files.FirstOrDefault(f => IsPage(f.Path)) is { } html)
        {
            return $"{html.Path} is a web page";
        }

        return graph.WiredModules().SelectMany(d => JsCode.Matches(d, ServesHtml(), "(").Select(m => $"{d.Path}:{d.Text.LineOf(m.Index)} serves pages"))
            .FirstOrDefault();
    }

    private static bool IsPage(string path) =>
        path[(path.LastIndexOf('/') + 1)..].Equals("index.html", StringComparison.OrdinalIgnoreCase) &&
        !CodeKinds.IsTest(path) && !CodeKinds.InNonProductFolder(path) && !NonProduction.IsSetAside(path) &&
        !path.Contains("node_modules/", StringComparison.Ordinal) && !path.Contains("coverage/", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:express\s*\.\s*static|res\s*\.\s*render|res\s*\.\s*sendFile)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ServesHtmlCompiled();
    private static Regex ServesHtml() => LinearRegex.Pick(ServesHtmlCompiled());
}
