using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Where the app keeps sessions in cookies, a CSRF defence (csrf-csrf, csrf-sync, csurf, lusca, @edge-csrf, next-auth's
/// own token) is created in wired-in code. Apps without cookie sessions are not judged: bearer tokens are not sent
/// by the browser on their own.
/// </summary>
public sealed class JsCsrfProtection : IProbe
{
    private static readonly HashSet<string> Defences = new(StringComparer.Ordinal)
    {
        "csurf", "csrf-csrf", "csrf-sync", "lusca", "tiny-csrf", "@edge-csrf/nextjs", "@edge-csrf/express", "next-auth",
        "@fastify/csrf-protection",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "csrf", "default", "createCsrfProtect", "createCsrfMiddleware" };

    private static readonly HashSet<string> CookieSessions = new(StringComparer.Ordinal)
    {
        "express-session", "cookie-session", "cookie-parser", "next-auth", "iron-session", "@fastify/cookie", "@fastify/session",
        "koa-session",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NoApp(context, graph, servers) is { } none)
        {
            return [none];
        }

        var sessions = JsPackages.Imports(graph, CookieSessions).Where(i => graph.IsWired(i.Doc.Path)).ToList();
        if (sessions.Count == 0)
        {
            return [context.NotApplicable("no cookie-based session (express-session, cookie-session, next-auth, iron-session): CSRF needs a cookie the browser sends on its own")];
        }

        var findings = Wiring.Judge(context, graph, PackageCalls.Find(graph, Defences, Members, bareCalls: true, "CSRF protection created"), "CSRF protection");
        var session = sessions[0];
        return findings.Count > 0
            ? findings
            : [context.Fail(session.Doc, session.Import.Offset, $"cookie sessions ({JsImports.PackageOf(session.Import.Specifier)}) without a CSRF defence (csrf-csrf, csrf-sync, lusca): another site can submit forms as the signed-in user")];
    }
}
