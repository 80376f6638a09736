using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Requests carry an id from startup code: OpenTelemetry tracing (<c>AddOpenTelemetry().WithTracing</c>,
/// <c>AddOpenTelemetryTracing</c>), Application Insights or Azure Monitor, a correlation-id package
/// (<c>UseCorrelationId</c>, <c>AddCorrelationId</c>) or header propagation (<c>UseHeaderPropagation</c>). The trace
/// exporter is named in the evidence.
/// </summary>
public sealed class CsRequestTracing : IProbe
{
    private static readonly string[] Registrations =
    [
        "AddOpenTelemetryTracing", "AddApplicationInsightsTelemetry", "UseAzureMonitor", "UseCorrelationId", "UseCorrelationIdMiddleware",
        "UseHeaderPropagation", "UseRequestCorrelation",
    ];

    private static readonly string[] Exporters = ["AddOtlpExporter", "AddJaegerExporter", "AddZipkinExporter", "AddConsoleExporter", "AddAzureMonitorTraceExporter"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var tracing = app.Anywhere("WithTracing").Where(c => c.Node.ToString().Contains("OpenTelemetry", StringComparison.Ordinal)).ToList();
        var calls = app.Anywhere(Registrations).Concat(tracing).Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        var findings = CsVerdict.Capability(context, app, calls, "request tracing",
            "no trace or correlation id: no OpenTelemetry WithTracing, Application Insights, Azure Monitor, UseCorrelationId or header propagation is registered");
        var exporter = tracing.Where(app.IsReachable).Select(c => Exporters.FirstOrDefault(e => c.Node.ToString().Contains(e, StringComparison.Ordinal))).FirstOrDefault(e => e is not null);
        return exporter is null ? findings : [.. findings.Select(f => f.Outcome == Outcome.Pass ? f with { Message = $"{f.Message}; exporter: {exporter}" } : f)];
    }
}
