using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Requests carry an id from code the app runs: OpenTelemetry (a framework instrumentor, a tracer provider set, Azure
/// Monitor), ddtrace, a correlation-id middleware (asgi-correlation-id, django-guid, flask-request-id, a
/// starlette-context request-id plugin), code that reads or sets an X-Request-ID / X-Correlation-ID header, or the
/// process launched under an agent (<see cref="PyAgentLaunches"/>). The span exporter is named in the evidence.
/// </summary>
public sealed partial class PyRequestTracing : IProbe
{
    // Every set-up call names one of these: only the lines holding one are searched.
    private static readonly SearchValues<string> StartWords = SearchValues.Create(
        ["Instrumentor", "set_tracer_provider", "configure_azure_monitor", "patch_all", "RequestID", "add_middleware"], StringComparison.Ordinal);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = new List<PyHit>();
        var exporter = (string?)null;
        foreach (var doc in PyCode.Documents(context, graph))
        {
            hits.AddRange((doc.Content.Contains('(', StringComparison.Ordinal) ? PyCode.MatchesOnLinesWith(doc, Start(), StartWords) : []).Select(m => new PyHit(doc, m.Index, $"tracing or request ids set up ({m.Groups["call"].Value})")));
            hits.AddRange(PyCode.MatchesOutsideComments(doc, Setting(), "guid").Select(m => new PyHit(doc, m.Index, "request ids set up (django-guid)")));
            hits.AddRange(PyCode.MatchesOutsideComments(doc, Header(), "-id").Where(m => doc.Regions.KindAt(m.Index) == RegionKind.String)
                .Select(m => new PyHit(doc, m.Index, $"request id handled in code ({m.Value.ToLowerInvariant()} header)")));
            exporter ??= graph.Reach(doc.Path) == PyReach.Reachable && Exporter().Match(doc.Content) is { Success: true } e ? e.Value : null;
        }

        var agents = PyAgentLaunches.Find(context).ToList();
        var findings = PyVerdict.Capability(context, graph, hits,
            "no request id or trace: no OpenTelemetry instrumentor or tracer provider, ddtrace, correlation-id middleware or X-Request-ID handling, and no agent wraps the process");
        findings = agents.Count > 0 && findings.All(f => f.Outcome != Outcome.Pass) ? agents : [.. findings, .. agents];
        return TraceExporters.Named(findings, exporter);
    }

    [GeneratedRegex(
        @"\b(?<call>(?:FastAPI|Flask|Django|Starlette|Falcon|Tornado|Pyramid|AioHttpServer)Instrumentor(?:\(\))?\.instrument(?:_app)?|set_tracer_provider|configure_azure_monitor|patch_all|RequestID)[ \t]*\(|\badd_middleware\([ \t]*(?<call>CorrelationIdMiddleware|RequestIdMiddleware|RequestIDMiddleware|RawContextMiddleware)\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StartCompiled();
    private static Regex Start() => LinearRegex.Pick(StartCompiled());

    [GeneratedRegex(@"['""]django_guid(?:\.middleware\.guid_middleware)?['""]", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();

    [GeneratedRegex(@"\bx-(?:request|correlation|trace)-id\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"\b(?:OTLPSpanExporter|JaegerExporter|ZipkinExporter|ConsoleSpanExporter|AzureMonitorTraceExporter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Exporter();
}
