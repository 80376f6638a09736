using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>Request logging middleware (morgan, pino-http, express-winston) is created in wired-in code.</summary>
public sealed class JsRequestLogging : IProbe
{
    private static readonly HashSet<string> Packages = new(StringComparer.Ordinal)
    {
        "morgan", "pino-http", "express-pino-logger", "express-winston", "koa-logger", "koa-pino-logger", "hono/logger",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "logger", "default" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (servers.Count == 0)
        {
            return [context.NotApplicable("no wired-in HTTP server whose requests could be logged")];
        }

        var findings = Wiring.Judge(context, graph, PackageCalls.Find(graph, Packages, Members, bareCalls: true, "request logging middleware created"), "request logging");
        return findings.Count > 0
            ? findings
            : [Wiring.Missing(context, graph, servers[0], "no request logging (morgan, pino-http, express-winston): requests leave no trace to debug or audit")];
    }
}
