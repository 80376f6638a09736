using Scanner.Core.Model;

namespace Scanner.Probes.Text;

/// <summary>
/// Names the trace exporter in each passing request-tracing finding ("; exporter: OTLPTraceExporter"), so a line that
/// claims traces reach Jaeger or an OTLP collector can be checked against the config. The name comes from a fixed
/// list of exporter types, never from free text in the repository.
/// </summary>
public static class TraceExporters
{
    public static List<Finding> Named(IReadOnlyList<Finding> findings, string? exporter) =>
        exporter is null
            ? [.. findings]
            : [.. findings.Select(f => f.Outcome == Outcome.Pass ? f with { Message = $"{f.Message}; exporter: {exporter}" } : f)];
}
