using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A web front end loads an analytics tool from code that runs: an SDK started or a component rendered in a module an
/// entry point reaches (a Next.js layout, _app or _document, the bundle's entry), or a vendor's tag script in one of
/// the site's pages. Anything short of that (a package nothing imports, a snippet in a module nothing loads, a
/// self-hosted analytics server, a hand-rolled tracker) is undecided; only a site where no file names analytics in
/// any form fails.
/// </summary>
public sealed class JsAnalyticsWired : IProbe
{
    private static readonly HashSet<string> Unread = new(StringComparer.OrdinalIgnoreCase)
    {
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb",
    };

    private static readonly string[] ProseExtensions = [".md", ".mdx", ".txt", ".rst", ".adoc"];

    // Hosts that can add analytics at their edge with nothing in the repository (Cloudflare Web Analytics, Netlify Analytics).
    private static readonly HashSet<string> EdgeAnalyticsHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "netlify.toml", "wrangler.toml", "wrangler.json", "wrangler.jsonc",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        if (WebFrontEnd.Reason(context.Workspace, graph) is not { } frontEnd)
        {
            return [context.NotApplicable("no web front end (no site framework, index.html, page script or server sending HTML): nothing to measure visits on")];
        }

        // Beside a site framework, the pages it serves as they are are index.html and those in public/; another HTML file
        // (a saved copy of some page, a mock-up) is not what visitors load.
        var framework = WebFrontEnd.SiteManifest(graph) is not null;
        var pages = context.Workspace.Files.Where(f => IsSitePage(f.Path) && (!framework || IsServedAsIs(f.Path)))
            .Select(context.Workspace.Read).OfType<SourceDocument>().ToList();
        var evidence = AnalyticsSignals.InModules(graph).Where(e => context.Card.Files.Matches(e.Doc.Path)).ToList();
        var wired = evidence.Where(e => graph.IsWired(e.Doc.Path)).Select(e => context.Pass(e.Doc, e.Offset, $"{e.What}; wired in: {graph.Explain(e.Doc.Path)}"))
            .Concat(pages.SelectMany(AnalyticsSignals.TagScripts).Select(e => context.Pass(e.Doc, e.Offset, $"{e.What}; in the page {e.Doc.Path}")))
            .DistinctBy(f => (f.Location?.Path, f.Location?.Line))
            .ToList();
        if (wired.Count > 0)
        {
            return wired;
        }

        if (evidence.FirstOrDefault() is { } unwired)
        {
            return [context.AtOffset(Outcome.Inconclusive, unwired.Doc, unwired.Offset, $"{unwired.What}, but in {unwired.Doc.Path}, which no entry point reaches ({graph.Explain(unwired.Doc.Path)})")];
        }

        if (JsPackages.Declaring(graph, AnalyticsSignals.Packages).FirstOrDefault() is { Doc: not null } declared)
        {
            return [context.AtOffset(Outcome.Inconclusive, declared.Doc, declared.Offset, "an analytics package is installed, but no wired-in code starts or renders it")];
        }

        var searched = 0;
        foreach (var file in context.Workspace.Files.Where(f => IsRead(f.Path)))
        {
            if (AnalyticsSignals.Mention(file.Path) >= 0)
            {
                return [context.AtFile(Outcome.Inconclusive, file.Path, "no recognised analytics tool is loaded, but this file is named for analytics: a tool set up another way, or one not recognised")];
            }

            if (context.Workspace.Read(file) is not { } doc)
            {
                continue;
            }

            searched++;
            if (AnalyticsSignals.Mention(doc.Content) is var at and >= 0)
            {
                return [context.AtOffset(Outcome.Inconclusive, doc, at, "no recognised analytics tool is loaded, but this file names analytics: a tool set up another way, or one not recognised")];
            }
        }

        if (context.Workspace.Files.FirstOrDefault(f => EdgeAnalyticsHosts.Contains(Name(f.Path))) is { } host)
        {
            return [context.AtFile(Outcome.Inconclusive, host.Path, "no analytics in the code, but the site's host can add analytics at its edge with nothing in the repository")];
        }

        var message = $"no web analytics anywhere ({frontEnd}): no analytics package, tag script or tracking code in the {searched} file(s) searched";
        var site = WebFrontEnd.SiteManifest(graph)?.Document ?? pages.FirstOrDefault();
        return [site is not null ? context.AtLine(Outcome.Fail, site, 1, message) : context.Missing(message)];
    }

    /// <summary>A page of the site itself: not a test, a report, a build output or a dependency's page.</summary>
    private static bool IsSitePage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && IsOwn(path) &&
        !path.Contains("report", StringComparison.OrdinalIgnoreCase) && !path.Contains("coverage/", StringComparison.Ordinal) &&
        !path.Contains("dist/", StringComparison.Ordinal) && !path.Contains("build/", StringComparison.Ordinal);

    private static bool IsServedAsIs(string path) =>
        Name(path).Equals("index.html", StringComparison.OrdinalIgnoreCase) || path.StartsWith("public/", StringComparison.Ordinal) || path.Contains("/public/", StringComparison.Ordinal);

    private static bool IsRead(string path) =>
        !Unread.Contains(Name(path)) && !ProseExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) &&
        !path.Contains("node_modules/", StringComparison.Ordinal);

    private static bool IsOwn(string path) =>
        !path.Contains("node_modules/", StringComparison.Ordinal) && !CodeKinds.IsTest(path) && !CodeKinds.InNonProductFolder(path) && !NonProduction.IsSetAside(path);

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];
}
