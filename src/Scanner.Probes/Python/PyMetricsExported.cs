using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Metrics leave the process from code the app runs: prometheus_client served (<c>start_http_server</c>,
/// <c>make_wsgi_app</c>/<c>make_asgi_app</c>, <c>generate_latest</c> in a view), an instrumentator that exposes its
/// endpoint (prometheus-fastapi-instrumentator's <c>.expose</c>, prometheus-flask-exporter, starlette-exporter),
/// django-prometheus installed, an OpenTelemetry metric reader or exporter, or a StatsD client.
/// </summary>
public sealed partial class PyMetricsExported : IProbe
{
    // Every export call names one of these: only the lines holding one are searched.
    private static readonly SearchValues<string> ExportWords = SearchValues.Create(
        [".expose", "start_http_server", "start_wsgi_server", "make_wsgi_app", "make_asgi_app", "generate_latest", "PrometheusMetrics", "handle_metrics", "PrometheusMetricReader",
         "OTLPMetricExporter", "PeriodicExportingMetricReader", "set_meter_provider", "StatsClient", "DogStatsd", "statsd.initialize", "datadog.initialize"], StringComparison.Ordinal);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = new List<PyHit>();
        foreach (var doc in PyCode.Documents(context, graph))
        {
            hits.AddRange((doc.Content.Contains('(', StringComparison.Ordinal) ? PyCode.MatchesOnLinesWith(doc, Export(), ExportWords) : [])
                .Where(m => m.Value[0] != '.' || doc.Content.Contains("Instrumentator", StringComparison.Ordinal))
                .Select(m => new PyHit(doc, m.Index, $"metrics exported ({m.Groups["call"].Value})")));
            hits.AddRange(PyCode.MatchesOutsideComments(doc, DjangoApp(), "django_prometheus").Select(m => new PyHit(doc, m.Index, "metrics exported (django_prometheus)")));
        }

        return PyVerdict.Capability(context, graph, hits,
            "no metrics endpoint or exporter (prometheus_client served, an instrumentator exposing /metrics, django-prometheus, OpenTelemetry metrics, StatsD)");
    }

    [GeneratedRegex(
        @"(?<call>\.expose|\b(?:start_http_server|start_wsgi_server|make_wsgi_app|make_asgi_app|generate_latest|PrometheusMetrics(?:\.for_app_factory)?|GunicornPrometheusMetrics|handle_metrics|PrometheusMetricReader|OTLPMetricExporter|PeriodicExportingMetricReader|set_meter_provider|StatsClient|DogStatsd|statsd\.initialize|datadog\.initialize))[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ExportCompiled();
    private static Regex Export() => LinearRegex.Pick(ExportCompiled());

    [GeneratedRegex(@"['""]django_prometheus(?:\.urls)?['""]", RegexOptions.CultureInvariant)]
    private static partial Regex DjangoApp();
}
