using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>A structured logger (pino, winston, bunyan, pino-http) is created in wired-in code.</summary>
public sealed class JsStructuredLogger : IProbe
{
    private static readonly HashSet<string> Loggers = new(StringComparer.Ordinal)
    {
        "pino", "pino-http", "winston", "bunyan", "express-pino-logger", "express-winston", "nestjs-pino", "next-logger",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "createLogger", "default", "child", "logger", "forRoot" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (servers.Count == 0 && !JsServers.IsNext(graph))
        {
            return [context.NotApplicable("no wired-in HTTP server and no Next.js app to log from")];
        }

        var findings = Wiring.Judge(context, graph, PackageCalls.Find(graph, Loggers, Members, bareCalls: true, "structured logger created"), "structured logger");
        return findings.Count > 0
            ? findings
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no structured logger (pino, winston, bunyan) is created: logs are unleveled console text")];
    }
}
