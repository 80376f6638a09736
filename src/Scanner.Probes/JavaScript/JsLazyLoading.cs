using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A React or Next.js front end defers what the first screen does not need: <c>React.lazy</c>, next/dynamic, a
/// dynamic <c>import()</c>, next/image (lazy by default), <c>loading="lazy"</c> on images and frames, in wired-in code
/// or the site's HTML. A React app with none of them anywhere fails (lazy loading is written in the code, no proxy adds
/// it); found only outside wired-in code, in a Next.js app (which splits code per route on its own), or in a Vue,
/// Svelte or Angular app whose templates the module graph does not read, it is undecided.
/// </summary>
public sealed partial class JsLazyLoading : IProbe
{
    private static readonly string[] OtherFrameworks = ["vue", "svelte", "@angular/core", "solid-js", "preact"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var next = JsServers.IsNext(graph);
        var react = next || graph.Manifests.Any(m => m.Declares("react"));
        var other = graph.Manifests.Any(m => OtherFrameworks.Any(m.Declares));
        if (!react && !other)
        {
            return [context.NotApplicable("no React, Next.js, Vue, Svelte or Angular front end declared")];
        }

        var evidence = graph.Modules.Where(d => !CodeKinds.IsTest(d.Path) && MayDefer(d.Content))
            .SelectMany(d => JsCode.Matches(d, Deferred(), "").Take(1).Select(m => new JsEvidence(d, m.Index, What(m.Value))))
            .ToList();
        var wired = evidence.Where(e => graph.IsWired(e.Doc.Path)).ToList();
        if (wired.Count > 0)
        {
            return [.. wired.Take(5).Select(e => context.Pass(e.Doc, e.Offset, $"{e.What}; wired in: {graph.Explain(e.Doc.Path)}"))];
        }

        var markup = context.Documents(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !CodeKinds.IsTest(p))
            .Select(d => (Doc: d, At: d.Content.IndexOf("loading=\"lazy\"", StringComparison.OrdinalIgnoreCase))).FirstOrDefault(x => x.At >= 0);
        if (markup.Doc is not null)
        {
            return [context.Pass(markup.Doc, markup.At, "loading=\"lazy\" on the site's own markup")];
        }

        // Next.js splits code per route on its own, so a Next app without any of these still loads pages on demand.
        if (evidence.Count > 0 || other || next || !graph.WiredModules().Any())
        {
            var seen = evidence.Count > 0 ? $" ({evidence[0].What} at {evidence[0].Doc.Path}:{evidence[0].Doc.Text.LineOf(evidence[0].Offset)}, outside wired-in code)" : "";
            return [context.Inconclusive($"no lazy loading recognised in wired-in code{seen}; templates this scan does not read may defer components")];
        }

        return [Wiring.Missing(context, graph, null, "no lazy loading: no React.lazy, next/dynamic, dynamic import(), next/image or loading=\"lazy\" in the front end's code, so every component and image loads with the first page")];
    }

    private static bool MayDefer(string text) =>
        text.Contains("lazy", StringComparison.Ordinal) || text.Contains("import(", StringComparison.Ordinal) || text.Contains("next/", StringComparison.Ordinal);

    private static string What(string match) =>
        match.Contains("lazy", StringComparison.Ordinal) && !match.Contains("loading", StringComparison.Ordinal) ? "React.lazy defers a component"
        : match.Contains("next/dynamic", StringComparison.Ordinal) ? "next/dynamic defers a component"
        : match.Contains("next/image", StringComparison.Ordinal) ? "next/image loads images lazily by default"
        : match.Contains("loading", StringComparison.Ordinal) ? "loading=\"lazy\" defers an image or frame"
        : "a dynamic import() loads a module on demand";

    // React.lazy( / lazy(() => import(...)) / import("./x") / from "next/dynamic" / from "next/image" / loading="lazy".
    // String-starting forms are matched from the keyword before them (from, loading=) so the match starts in code.
    [GeneratedRegex(@"\b(?:React\.lazy\s*\(|lazy\s*\(\s*(?:async\s*)?\(\s*\)\s*=>|import\s*\(\s*['""`]|from\s*['""]next/(?:dynamic|image)['""]|require\s*\(\s*['""]next/(?:dynamic|image)['""]|loading\s*[=:]\s*\{?\s*['""]lazy['""])",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DeferredCompiled();
    private static Regex Deferred() => LinearRegex.Pick(DeferredCompiled());
}
