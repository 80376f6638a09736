using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Metrics leave the app from startup code: prometheus-net's endpoint (<c>UseMetricServer</c>, <c>MapMetrics</c>,
/// a <c>KestrelMetricServer</c>), OpenTelemetry metrics with an exporter (<c>WithMetrics</c> plus a Prometheus or
/// OTLP exporter, <c>MapPrometheusScrapingEndpoint</c>), Application Insights or Azure Monitor.
/// </summary>
public sealed class CsMetricsExported : IProbe
{
    private static readonly string[] Endpoints =
    [
        "UseMetricServer", "MapMetrics", "MapPrometheusScrapingEndpoint", "UseOpenTelemetryPrometheusScrapingEndpoint",
        "AddApplicationInsightsTelemetry", "UseAzureMonitor", "UseMetricsEndpoint", "UseMetricsAllEndpoints",
    ];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var calls = app.Anywhere(Endpoints)
            .Concat(app.Anywhere("WithMetrics").Where(c => c.Node.ToString() is var text && text.Contains("OpenTelemetry", StringComparison.Ordinal)
                && (text.Contains("AddPrometheusExporter", StringComparison.Ordinal) || text.Contains("AddOtlpExporter", StringComparison.Ordinal))))
            .Concat(app.WebCalls.Where(c => c.Node.ToString().StartsWith("new KestrelMetricServer", StringComparison.Ordinal)))
            .Where(c => context.Card.Files.Matches(c.Doc.Path))
            .ToList();
        return CsVerdict.Capability(context, app, calls, "metrics export",
            "no metrics endpoint or exporter (prometheus-net UseMetricServer/MapMetrics, OpenTelemetry WithMetrics with a Prometheus or OTLP exporter, Application Insights)");
    }
}
