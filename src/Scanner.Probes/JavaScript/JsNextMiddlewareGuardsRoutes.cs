using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// The export Next.js runs from middleware.ts or proxy.ts checks who is asking. Next runs the named handler
/// (<c>middleware</c>, <c>proxy</c>) and falls back to the default export only when there is none, so a withAuth or
/// session check in a default export beside a named one is dead code: that fails when no other server code checks a
/// session for the routes it was meant to cover. A guard in the running export passes, with the paths its matcher
/// limits it to. Anything this cannot read (dynamic exports, helpers it does not follow, guards in pages or
/// layouts) is inconclusive.
/// </summary>
public sealed class JsNextMiddlewareGuardsRoutes : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        if (!JsServers.IsNext(graph))
        {
            return [context.NotApplicable("no Next.js app")];
        }

        var modules = NextMiddlewareExports.In(graph);
        return modules.Count == 0
            ? [context.NotApplicable("the Next.js app has no middleware or proxy module: route protection, if any, is in pages, layouts or route handlers")]
            : modules.Select(m => Judge(context, graph, m)).ToList();
    }

    private static Finding Judge(ProbeContext context, ModuleGraph graph, NextMiddlewareExports module)
    {
        var doc = module.Doc;
        var running = module.Named ?? module.Default;
        if (module.Dynamic || running is not { } span)
        {
            return context.AtFile(Outcome.Inconclusive, doc.Path, module.Dynamic
                ? "the module exports through export * or module.exports: which export Next.js runs cannot be read"
                : $"the module exports neither a named {module.Handler} nor a default export that can be read");
        }

        var which = module.Named is null ? "the default export" : $"the named {module.Handler} export";
        var scope = Scope(module);
        if (NextMiddlewareGuards.In(graph, module, span, module.Named is null ? module.DefaultCode : null) is { } guard)
        {
            return context.Pass(guard.Doc, guard.Offset, $"{which}, which Next.js runs, guards {scope}: {guard.What}");
        }

        var (helped, unfollowed) = NextMiddlewareGuards.InHelpers(graph, module, span);
        if (helped is not null)
        {
            return context.Pass(helped.Doc, helped.Offset, $"{which}, which Next.js runs, guards {scope}: {helped.What}");
        }

        if ((module.NamedFrom ?? (module.Named is null ? module.DefaultFrom : null)) is { } from)
        {
            return context.AtOffset(Outcome.Inconclusive, doc, span.Start, $"{which} is re-exported from {from}, which this probe does not follow");
        }

        if (unfollowed is not null)
        {
            return context.AtOffset(Outcome.Inconclusive, doc, span.Start, $"{which} checks no session or token itself and calls {unfollowed}, which this probe could not judge");
        }

        var dead = module.DefaultIsDead ? NextMiddlewareGuards.In(graph, module, module.Default, module.DefaultCode) : null;
        if (dead is null)
        {
            return context.AtOffset(Outcome.Inconclusive, doc, span.Start, $"{which}, which Next.js runs, checks no session or token: routes may be protected in pages, layouts or route handlers instead");
        }

        var named = $"{doc.Path}:{doc.Text.LineOf(span.Start)}";
        var at = module.Default!.Value.Start;
        var others = OtherGuards(graph, module).ToList();
        if (others.Count == 0)
        {
            return context.Fail(doc, at, $"{dead.What} in the default export, which Next.js never runs: the named {module.Handler} export ({named}) runs instead and checks no session or token, and no other server code checks one");
        }

        var handlers = JsServers.HandlerPaths(graph);
        return others.TrueForAll(o => handlers.Contains(o.Doc.Path)) && !module.ApiOnly
            ? context.Fail(doc, at, $"{dead.What} in the default export, which Next.js never runs: the named {module.Handler} export ({named}) runs instead and checks no session or token on {scope}; only route handlers check one for themselves ({others[0].Doc.Path}), no page or layout does")
            : context.AtOffset(Outcome.Inconclusive, doc, at, $"{dead.What} in the default export, which Next.js never runs (the named {module.Handler} export at {named} runs instead), but {others[0].What} in {others[0].Doc.Path}: routes may be protected there");
    }

    /// <summary>
    /// Wired-in server checks of the same package outside the middleware module, recognised or hand-written. A module
    /// that reads the session only to send its token on (an API client setting a Bearer header) and never refuses a
    /// request is a client, not a guard.
    /// </summary>
    private static IEnumerable<JsEvidence> OtherGuards(ModuleGraph graph, NextMiddlewareExports module)
    {
        var package = graph.ManifestOf(module.Doc.Path);
        bool Elsewhere(JsEvidence e) => e.Doc.Path != module.Doc.Path && graph.IsWired(e.Doc.Path) && !CodeKinds.IsTest(e.Doc.Path) &&
                                        graph.ManifestOf(e.Doc.Path) == package && !NextMiddlewareGuards.OnlyForwards(e);
        return graph.Modules.SelectMany(d => JsAuthenticationWired.Checks(graph, d)).Where(Elsewhere)
            .Concat(JsAuthSignals.HandWritten(graph).Where(Elsewhere));
    }

    private static string Scope(NextMiddlewareExports module) => module.Matcher switch
    {
        null => "every path (no matcher)",
        { Count: 0 } => "the paths its matcher computes",
        var paths => $"the paths its matcher covers ({string.Join(", ", paths.Take(4))}{(paths.Count > 4 ? ", ..." : "")}); other paths are not guarded by it",
    };
}
