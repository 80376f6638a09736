using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A structured logger (pino, winston, bunyan, pino-http) or an OpenTelemetry log pipeline (a logger provider or a
/// log exporter constructed) is created in wired-in code, or a logger module of the team's own writes JSON entries
/// with a level.
/// </summary>
public sealed partial class JsStructuredLogger : IProbe
{
    private static readonly HashSet<string> Loggers = new(StringComparer.Ordinal)
    {
        "pino", "pino-http", "winston", "bunyan", "express-pino-logger", "express-winston", "nestjs-pino", "next-logger",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "createLogger", "default", "child", "logger", "forRoot" };

    /// <summary>OpenTelemetry's log SDK and exporters: constructing one of their classes builds a log pipeline.</summary>
    private static readonly HashSet<string> OpenTelemetryLogs = new(StringComparer.Ordinal)
    {
        "@opentelemetry/sdk-logs", "@opentelemetry/exporter-logs-otlp-http", "@opentelemetry/exporter-logs-otlp-grpc",
        "@opentelemetry/exporter-logs-otlp-proto",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (servers.Count == 0 && !JsServers.IsNext(graph))
        {
            return [context.NotApplicable("no wired-in HTTP server and no Next.js app to log from")];
        }

        var created = PackageCalls.Find(graph, Loggers, Members, bareCalls: true, "structured logger created")
            .Concat(PackageCalls.Find(graph, OpenTelemetryLogs, new HashSet<string>(), bareCalls: false, "OpenTelemetry log pipeline created")).ToList();
        var findings = Wiring.Judge(context, graph, created, "structured logger");
        if (findings.Any(f => f.Outcome == Outcome.Pass))
        {
            return findings;
        }

        // A logger module of the team's own: JSON lines with a level is structured logging by shape; a logger
        // module without that is something this probe cannot judge, never proof that logs are unstructured.
        var modules = JsHandRolled.Find(context, graph, LoggerShape(), "", [], "a logger module", IsLoggerFile);
        var json = modules.Where(e => e.Doc.Content.Contains("level", StringComparison.OrdinalIgnoreCase))
            .Select(e => (e.Doc, Line: JsCode.Matches(e.Doc, JsonLine(), "JSON").FirstOrDefault())).Where(x => x.Line is not null).ToList();
        if (json.Count > 0)
        {
            return [.. findings, .. json.Select(x => context.Pass(x.Doc, x.Line!.Index, $"hand-written logger writes JSON entries with a level; wired in: {graph.Explain(x.Doc.Path)}"))];
        }

        if (modules.Count > 0)
        {
            return [JsHandRolled.Unrecognised(context, modules, "structured logger")];
        }

        return findings.Count > 0
            ? findings
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no structured logger (pino, winston, bunyan, an OpenTelemetry log pipeline) is created: logs are unleveled console text")];
    }

    private static bool IsLoggerFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return name.StartsWith("logger.", StringComparison.Ordinal) || name.StartsWith("logging.", StringComparison.Ordinal) || name.StartsWith("log.", StringComparison.Ordinal);
    }

    // Functions or methods a logger exposes: info(, warn: , error = ...
    [GeneratedRegex(@"\b(?:info|warn|error|debug)\s*[(:=]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LoggerShapeCompiled();
    private static Regex LoggerShape() => LinearRegex.Pick(LoggerShapeCompiled());

    [GeneratedRegex(@"\bJSON\s*\.\s*stringify\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex JsonLineCompiled();
    private static Regex JsonLine() => LinearRegex.Pick(JsonLineCompiled());
}
