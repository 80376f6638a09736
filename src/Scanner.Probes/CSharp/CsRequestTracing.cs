using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Requests carry an id from startup code: OpenTelemetry tracing (<c>AddOpenTelemetry().WithTracing</c>,
/// <c>AddOpenTelemetryTracing</c>), Application Insights or Azure Monitor, a correlation-id package
/// (<c>UseCorrelationId</c>, <c>AddCorrelationId</c>) or header propagation (<c>UseHeaderPropagation</c>). The trace
/// exporter is named in the evidence. A hand-written middleware that reads or sets an X-Correlation-Id / X-Request-Id
/// header counts where startup registers it (<c>UseMiddleware&lt;T&gt;</c>, an inline <c>app.Use</c>); never registered,
/// it fails.
/// </summary>
public sealed partial class CsRequestTracing : IProbe
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
        var handWritten = app.WebFiles.Where(d => IgnoreCaseSearch.Contains(d.Content, "-id") && Header().IsMatch(d.Content) &&
                                                  (d.Content.Contains("RequestDelegate", StringComparison.Ordinal) || d.Content.Contains("IMiddleware", StringComparison.Ordinal))).ToList();
        var classes = handWritten.SelectMany(d => ClassName().Matches(d.Content).Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);
        var middleware = app.Anywhere("UseMiddleware").Where(c => CsNames.TypeArguments(c.Node).Any(classes.Contains))
            .Concat(app.Anywhere("Use").Where(c => Header().IsMatch(c.Node.ToString())));
        var calls = app.Anywhere(Registrations).Concat(tracing).Concat(middleware).Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        if (calls.Count == 0 && handWritten.Count > 0)
        {
            var doc = handWritten[0];
            return [context.Fail(doc, Header().Match(doc.Content).Index, $"a correlation or request id is handled in {CsPaths.FileName(doc.Path)}, but startup never registers it (no UseMiddleware of a class in it)")];
        }

        var findings = CsVerdict.Capability(context, app, calls, "request tracing",
            "no trace or correlation id: no OpenTelemetry WithTracing, Application Insights, Azure Monitor, UseCorrelationId or header propagation is registered");
        var exporter = tracing.Where(app.IsReachable).Select(c => Exporters.FirstOrDefault(e => c.Node.ToString().Contains(e, StringComparison.Ordinal))).FirstOrDefault(e => e is not null);
        return TraceExporters.Named(findings, exporter);
    }

    [GeneratedRegex(@"\bx-(?:correlation|request|trace)-id\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"\bclass\s+(?<name>\w+)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ClassNameCompiled();
    private static Regex ClassName() => LinearRegex.Pick(ClassNameCompiled());
}
