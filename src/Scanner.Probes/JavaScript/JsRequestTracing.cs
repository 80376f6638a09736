using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Requests carry an id from wired-in code: an OpenTelemetry tracer started (NodeSDK, a tracer provider registered,
/// <c>registerOTel</c>, the auto-instrumentation register hook, also as a <c>-r</c> preload), dd-trace initialised, a
/// request-id middleware (express-request-id, cls-rtracer, correlation-id packages, Hono's <c>requestId()</c>), or
/// code that reads or sets an X-Request-Id / X-Correlation-Id / traceparent header. The configured exporter is named
/// in the evidence. Installed and never started, or defined in a module nothing runs, fails.
/// </summary>
public sealed partial class JsRequestTracing : IProbe
{
    private static readonly (string[] Packages, string[] Members, bool Bare, string What)[] Starts =
    [
        (["@opentelemetry/sdk-node", "@opentelemetry/sdk-trace-node", "@opentelemetry/sdk-trace-base"], ["register", "start"], false, "OpenTelemetry tracing started"),
        (["@vercel/otel"], [], true, "OpenTelemetry tracing registered"),
        (["dd-trace"], ["init"], false, "Datadog tracer initialised"),
        (["express-request-id", "cls-rtracer", "express-correlation-id", "correlation-id", "hono/request-id", "@fastify/request-context"], ["expressMiddleware", "koaMiddleware", "fastifyPlugin", "hapiPlugin"], true, "request-id middleware created"),
    ];

    private static readonly HashSet<string> Installed = new(StringComparer.Ordinal)
    {
        "@opentelemetry/sdk-node", "@opentelemetry/sdk-trace-node", "@vercel/otel", "dd-trace", "express-request-id", "cls-rtracer",
        "express-correlation-id", "correlation-id",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NoHandlers(context, graph, servers) is { } none)
        {
            return [none];
        }

        var exporter = graph.WiredModules().Select(d => Exporter().Match(d.Content)).FirstOrDefault(m => m.Success)?.Value;
        var findings = Wiring.Judge(context, graph, Evidence(graph), "request tracing");
        if (findings.Count > 0)
        {
            return TraceExporters.Named(findings, exporter);
        }

        var declared = JsPackages.Declaring(graph, Installed);
        if (declared.Count > 0)
        {
            return declared.Select(d => context.AtOffset(Outcome.Fail, d.Doc, d.Offset, "a tracing or request-id package is installed but never started or registered"));
        }

        // An id kept by hand (AsyncLocalStorage, req.requestId) is a shape no list can close: absence becomes unknown.
        var candidates = graph.WiredModules().Where(d => !JsCode.IsBrowserCode(d))
            .SelectMany(d => JsCode.Matches(d, Candidate(), "Id").Take(1).Select(m => new JsEvidence(d, m.Index, $"{m.Value} kept in code"))).ToList();
        return candidates.Count > 0
            ? [JsHandRolled.Unrecognised(context, candidates, "request tracing")]
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no request id or trace: no OpenTelemetry tracer, dd-trace, request-id middleware or X-Request-Id / X-Correlation-Id handling")];
    }

    private static IEnumerable<JsEvidence> Evidence(ModuleGraph graph)
    {
        foreach (var (packages, members, bare, what) in Starts)
        {
            foreach (var e in PackageCalls.Find(graph, packages.ToHashSet(StringComparer.Ordinal), members.ToHashSet(StringComparer.Ordinal), bare, what)
                         .Where(e => bare || e.What.Contains(": new ", StringComparison.Ordinal) || members.Any(m => e.What.EndsWith($".{m})", StringComparison.Ordinal))))
            {
                yield return e;
            }
        }

        foreach (var doc in graph.Modules)
        {
            foreach (var import in graph.ImportsOf(doc.Path).Where(i => i.Import.Specifier is "@opentelemetry/auto-instrumentations-node/register" or "dd-trace/init"))
            {
                yield return new JsEvidence(doc, import.Import.Offset, $"tracer loaded ({import.Import.Specifier})");
            }

            if (JsCode.IsBrowserCode(doc))
            {
                continue;
            }

            foreach (var m in JsCode.LiteralMatches(doc, Header(), "-id").Concat(JsCode.LiteralMatches(doc, Header(), "traceparent")))
            {
                yield return new JsEvidence(doc, m.Index, $"request id handled in code ({m.Value.ToLowerInvariant()} header)");
            }
        }
    }

    [GeneratedRegex(@"\bx-(?:request|correlation|trace|amzn-trace)-id\b|\btraceparent\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HeaderCompiled();
    private static Regex Header() => LinearRegex.Pick(HeaderCompiled());

    [GeneratedRegex(@"\b(?:requestId|correlationId|traceId)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"\b(?:OTLPTraceExporter|JaegerExporter|ZipkinExporter|ConsoleSpanExporter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Exporter();
}
