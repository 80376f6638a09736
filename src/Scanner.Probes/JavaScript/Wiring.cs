using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Turns capability evidence into findings by reachability: evidence in wired-in production code passes and says
/// how it is reached; when there is none, each piece found in tests, in files no entry point reaches, or in an exported
/// function nothing calls (UncalledExports) fails as "present but not wired in (file)", so a helper that exists is never
/// mistaken for one that runs. So is a piece in a Next.js middleware's default export that a named middleware or
/// proxy export shadows: Next loads the module and never calls it.
/// </summary>
public static class Wiring
{
    /// <summary>Findings for the evidence, or an empty list when there is none (the caller decides what absence means).</summary>
    public static List<Finding> Judge(ProbeContext context, ModuleGraph graph, IEnumerable<JsEvidence> evidence, string capability)
    {
        var all = evidence.Where(e => context.Card.Files.Matches(e.Doc.Path)).ToList();
        var uncalled = new UncalledExports(graph);

        // A middleware's default export beside a named middleware/proxy export is loaded and never run.
        var middleware = all.Count == 0 ? [] : NextMiddlewareExports.In(graph);
        var dead = all.Where(e => NextMiddlewareExports.InDeadExport(middleware, e)).ToList();
        var inWiredModules = all.Where(e => graph.IsWired(e.Doc.Path) && !dead.Contains(e)).Select(e => (Evidence: e, Uncalled: uncalled.At(e.Doc, e.Offset))).ToList();
        var wired = inWiredModules.Where(x => x.Uncalled is null).Select(x => x.Evidence).ToList();
        if (wired.Count > 0)
        {
            return [.. wired.Select(e => context.Pass(e.Doc, e.Offset, $"{e.What}; wired in: {graph.Explain(e.Doc.Path)}"))];
        }

        // A module that is imported for something else does not run a helper in it that nothing calls.
        return
        [
            .. inWiredModules.Select(x => context.Fail(x.Evidence.Doc, x.Evidence.Offset,
                $"{capability} present but not wired in ({x.Evidence.Doc.Path}): {x.Uncalled} is exported but nothing calls it")),
            .. dead.Select(e => context.Fail(e.Doc, e.Offset,
                $"{capability} present but never run ({e.Doc.Path}): {e.What} in the default export, and Next.js runs the named {middleware.First(m => m.Doc.Path == e.Doc.Path).Handler} export instead")),
            .. all.Where(e => !graph.IsWired(e.Doc.Path)).Select(e => NotWired(context, graph, e, capability)),
        ];
    }

    public static Finding NotWired(ProbeContext context, ModuleGraph graph, JsEvidence e, string capability) =>
        context.Fail(e.Doc, e.Offset, $"{capability} present but not wired in ({e.Doc.Path}): {graph.Explain(e.Doc.Path)}");

    /// <summary>
    /// A missing capability, with what was searched; reported at the server's creation, else the first entry point's
    /// package.json, else nowhere.
    /// </summary>
    public static Finding Missing(ProbeContext context, ModuleGraph graph, JsServer? server, string message)
    {
        // Absence is only as good as the search behind it: say what was searched, so a reader can tell a closed
        // world from a blind spot.
        message = $"{message} (searched {Searched(graph)})";
        if (server is not null)
        {
            return context.Fail(server.Doc, server.Offset, message);
        }

        var manifest = graph.Entries.Select(e => graph.ManifestOf(e.Path)).FirstOrDefault(m => m?.Document is not null)
            ?? graph.Manifests.FirstOrDefault(m => m.Document is not null);
        return manifest?.Document is { } doc ? context.AtLine(Outcome.Fail, doc, 1, message) : context.Missing(message);
    }

    private static string Searched(ModuleGraph graph)
    {
        var wired = graph.WiredModules().Count();
        var entries = graph.Entries.Select(e => e.Path).Order(StringComparer.Ordinal).ToList();
        var named = string.Join(", ", entries.Take(3)) + (entries.Count > 3 ? $" and {entries.Count - 3} more" : "");
        return entries.Count == 0 ? "no entry point found" : $"{wired} wired-in module(s) reachable from {named}";
    }
}
