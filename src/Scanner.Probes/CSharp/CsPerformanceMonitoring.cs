using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// An APM pipeline is registered at startup: Application Insights, Azure Monitor's OpenTelemetry distro, OpenTelemetry
/// tracing (<c>AddOpenTelemetry().WithTracing</c>), Elastic APM, or Sentry with a traces sample rate.
/// </summary>
public sealed class CsPerformanceMonitoring : IProbe
{
    private static readonly string[] Registrations =
    [
        "AddApplicationInsightsTelemetry", "UseAzureMonitor", "AddOpenTelemetryTracing", "AddAllElasticApm", "UseAllElasticApm",
        "AddElasticApm", "UseElasticApm", "AddElasticApmForAspNetCore",
    ];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var calls = app.Anywhere(Registrations)
            .Concat(app.Anywhere("WithTracing").Where(c => c.Node.ToString().Contains("OpenTelemetry", StringComparison.Ordinal)))
            .Concat(app.Anywhere("UseSentry", "AddSentry").Where(c => c.Node.ToString().Contains("TracesSampleRate", StringComparison.Ordinal)))
            .Where(c => context.Card.Files.Matches(c.Doc.Path))
            .ToList();
        return CsVerdict.Capability(context, app, calls, "performance monitoring",
            "no APM pipeline registered (Application Insights, Azure Monitor, OpenTelemetry WithTracing, Elastic APM, Sentry with TracesSampleRate)");
    }
}
