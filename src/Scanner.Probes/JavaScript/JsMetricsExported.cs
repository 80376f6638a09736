using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Metrics leave the process from wired-in code: a prom-client registry served (<c>register.metrics()</c> in a
/// handler), express-prom-bundle or a Fastify/Nest Prometheus plugin registered, an OpenTelemetry metric exporter or
/// reader built, or a StatsD client created. prom-client collecting metrics that nothing serves fails; so does a
/// metrics package that is installed and never used.
/// </summary>
public sealed partial class JsMetricsExported : IProbe
{
    private static readonly HashSet<string> PromClient = new(StringComparer.Ordinal) { "prom-client" };

    private static readonly (string[] Packages, string[] Members, bool Bare, string What)[] Starts =
    [
        (["express-prom-bundle", "koa-prometheus-middleware"], [], true, "Prometheus middleware registered"),
        (["@willsoto/nestjs-prometheus"], ["register", "registerAsync", "forRoot"], false, "Prometheus module registered"),
        (["@opentelemetry/exporter-prometheus", "@opentelemetry/exporter-metrics-otlp-http", "@opentelemetry/exporter-metrics-otlp-grpc",
          "@opentelemetry/exporter-metrics-otlp-proto", "@opentelemetry/sdk-metrics", "hot-shots", "node-statsd", "statsd-client"], [], false, "metrics exporter created"),
    ];

    private static readonly HashSet<string> Plugins = new(StringComparer.Ordinal) { "@fastify/metrics", "fastify-metrics", "fastify-prometheus" };

    private static readonly HashSet<string> Declared = new(StringComparer.Ordinal)
    {
        "prom-client", "express-prom-bundle", "@willsoto/nestjs-prometheus", "@opentelemetry/exporter-prometheus",
        "@opentelemetry/exporter-metrics-otlp-http", "@opentelemetry/sdk-metrics", "hot-shots", "@fastify/metrics", "fastify-metrics",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NoHandlers(context, graph, servers) is { } none)
        {
            return [none];
        }

        var findings = Wiring.Judge(context, graph, Evidence(graph), "metrics export");
        if (findings.Count > 0)
        {
            return findings;
        }

        var collected = PackageCalls.Find(graph, PromClient, new HashSet<string>(StringComparer.Ordinal) { "collectDefaultMetrics", "Counter", "Histogram", "Gauge", "Summary" }, bareCalls: true, "metrics collected")
            .Where(e => graph.IsWired(e.Doc.Path) && context.Card.Files.Matches(e.Doc.Path)).ToList();
        if (collected.Count > 0)
        {
            return [.. collected.Take(1).Select(e => context.Fail(e.Doc, e.Offset, $"{e.What}, but nothing serves or pushes them: no register.metrics() in a /metrics handler, no Pushgateway"))];
        }

        var declared = JsPackages.Declaring(graph, Declared);
        return declared.Count > 0
            ? declared.Select(d => context.AtOffset(Outcome.Fail, d.Doc, d.Offset, "a metrics package is installed but never used: no /metrics endpoint, exporter or StatsD client is set up"))
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no metrics endpoint or exporter (prom-client served on /metrics, express-prom-bundle, OpenTelemetry metrics, StatsD)")];
    }

    private static IEnumerable<JsEvidence> Evidence(ModuleGraph graph)
    {
        foreach (var import in JsPackages.Imports(graph, PromClient).DistinctBy(i => i.Doc.Path))
        {
            foreach (var m in JsCode.Matches(import.Doc, Served(), "metrics"))
            {
                yield return new JsEvidence(import.Doc, m.Index, "prom-client registry served (register.metrics())");
            }

            foreach (var m in JsCode.Matches(import.Doc, Pushed(), "Pushgateway"))
            {
                yield return new JsEvidence(import.Doc, m.Index, "prom-client metrics pushed to a Pushgateway");
            }
        }

        foreach (var (packages, members, bare, what) in Starts)
        {
            foreach (var e in PackageCalls.Find(graph, packages.ToHashSet(StringComparer.Ordinal), members.ToHashSet(StringComparer.Ordinal), bare, what)
                         .Where(e => bare || members.Length > 0 || e.What.Contains(": new ", StringComparison.Ordinal)))
            {
                yield return e;
            }
        }

        foreach (var import in JsPackages.Imports(graph, Plugins))
        {
            var at = import.Doc.Content.IndexOf(".register(", StringComparison.Ordinal);
            if (at >= 0 && JsCode.IsCode(import.Doc, at))
            {
                yield return new JsEvidence(import.Doc, at, $"Prometheus plugin registered ({JsImports.PackageOf(import.Import.Specifier)})");
            }
        }
    }


    [GeneratedRegex(@"\b[A-Za-z_$]*(?:[Rr]egister|[Rr]egistry)\s*\.\s*metrics\s*\(\s*\)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ServedCompiled();
    private static Regex Served() => LinearRegex.Pick(ServedCompiled());

    [GeneratedRegex(@"\bnew\s+(?:\w+\s*\.\s*)?Pushgateway\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PushedCompiled();
    private static Regex Pushed() => LinearRegex.Pick(PushedCompiled());
}
