using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>What kind of app this is, from wired-in code: Node HTTP servers (Express, Fastify, Koa ...) and Next.js.</summary>
public static class JsServers
{
    public static readonly IReadOnlySet<string> Frameworks = new HashSet<string>(StringComparer.Ordinal)
    {
        "express", "fastify", "koa", "connect", "@hapi/hapi", "restify", "hono", "@nestjs/core", "polka",
    };

    /// <summary>Wired-in imports of a server framework, in path order.</summary>
    public static List<JsServer> Find(ModuleGraph graph) =>
    [
        .. JsPackages.Imports(graph, Frameworks)
            .Where(p => graph.IsWired(p.Doc.Path))
            .Select(p => new JsServer(p.Doc, p.Import.Offset, JsImports.PackageOf(p.Import.Specifier))),
    ];

    /// <summary>A package.json declares next, or a next.config file exists.</summary>
    /// <summary>NotApplicable when nothing is served (no wired-in HTTP server and no Next.js app); null otherwise.</summary>
    public static Finding? NoApp(ProbeContext context, ModuleGraph graph, IReadOnlyList<JsServer> servers) =>
        servers.Count == 0 && !IsNext(graph) ? context.NotApplicable("no wired-in HTTP server and no Next.js app") : null;

    /// <summary>
    /// Like <see cref="NoApp"/>, for probes that judge every HTTP handler shape: serverless functions count as handlers
    /// too, so an app made only of them is judged rather than not applicable.
    /// </summary>
    public static Finding? NoHandlers(ProbeContext context, ModuleGraph graph, IReadOnlyList<JsServer> servers) =>
        ServerlessHandlers(graph).Any() ? null : NoApp(context, graph, servers);

    /// <summary>
    /// NotApplicable with <paramref name="message"/> when no JavaScript runs for users: no wired-in server, no Next.js
    /// app and no page that loads a script; null otherwise.
    /// </summary>
    public static Finding? NothingRuns(ProbeContext context, ModuleGraph graph, IReadOnlyList<JsServer> servers, string message) =>
        servers.Count == 0 && !IsNext(graph) && !graph.Entries.Any(e => e.Reason.Contains("<script>", StringComparison.Ordinal))
            ? context.NotApplicable(message)
            : null;

    public static bool IsNext(ModuleGraph graph) =>
        graph.Manifests.Any(m => m.Declares("next")) || graph.Entries.Any(e => IsNextConfig(e.Path));

    /// <summary>The config Next.js loads (<see cref="NextConfigNames"/>).</summary>
    public static bool IsNextConfig(string path) => NextConfigNames.IsNextConfig(path);

    /// <summary>Serverless functions (netlify/functions, a Vercel api/ folder): each one is an HTTP handler the platform runs.</summary>
    public static IEnumerable<EntryPoint> ServerlessHandlers(ModuleGraph graph) =>
        graph.Entries.Where(e => e.Reason == ConventionEntries.ServerlessReason);

    /// <summary>The paths of every module the platform calls per request: Next.js route handlers and serverless functions.</summary>
    public static HashSet<string> HandlerPaths(ModuleGraph graph) =>
        NextHandlers(graph).Concat(ServerlessHandlers(graph)).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);

    /// <summary>Next.js route handlers and API routes (app/**/route.*, pages/api/**) that are entry points.</summary>
    public static IEnumerable<EntryPoint> NextHandlers(ModuleGraph graph) =>
        graph.Entries.Where(e => e.Path.Contains("pages/api/", StringComparison.Ordinal) ||
                                 e.Path[(e.Path.LastIndexOf('/') + 1)..].StartsWith("route.", StringComparison.Ordinal));
}
