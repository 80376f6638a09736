using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Request logging middleware (morgan, pino-http, express-winston) is created in wired-in code, or a hand-written
/// logger listens for the response's finish and logs the request's method.
/// </summary>
public sealed partial class JsRequestLogging : IProbe
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
        if (findings.Any(f => f.Outcome == Outcome.Pass))
        {
            return findings;
        }

        // Written by hand: a listener on the response's end that logs the method (and usually path and status).
        var handWritten = JsHandRolled.Find(context, graph, ResponseEnd(), "finish", [(RequestMethod(), "method")], "hand-written request logger on the response's finish event");
        if (handWritten.Count > 0)
        {
            return [.. findings, .. handWritten.Select(e => context.Pass(e.Doc, e.Offset, $"{e.What}; wired in: {graph.Explain(e.Doc.Path)}"))];
        }

        return findings.Count > 0
            ? findings
            : [Wiring.Missing(context, graph, servers[0], "no request logging (morgan, pino-http, express-winston): requests leave no trace to debug or audit")];
    }

    // res.on('finish', ...) or res.once("close", ...): where a hand-written logger learns the status and duration.
    [GeneratedRegex(@"\b(?:res|response|reply)\s*\.\s*(?:on|once)\s*\(\s*['""](?:finish|close)['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ResponseEndCompiled();
    private static Regex ResponseEnd() => LinearRegex.Pick(ResponseEndCompiled());

    [GeneratedRegex(@"\b(?:req|request)\s*\.\s*method\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RequestMethodCompiled();
    private static Regex RequestMethod() => LinearRegex.Pick(RequestMethodCompiled());
}
