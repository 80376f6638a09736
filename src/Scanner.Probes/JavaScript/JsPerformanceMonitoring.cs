using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// An APM or performance agent starts in wired-in code: an agent loaded for its side effect (newrelic, dd-trace/init,
/// elastic-apm-node/start, OpenTelemetry's auto-instrumentation register), an SDK started (tracer.init, apm.start,
/// appInsights.setup, new NodeSDK, registerOTel, useAzureMonitor), Sentry initialised with tracing, Vercel Speed
/// Insights rendered or web-vitals reported; or a production script preloads an agent (<c>node -r newrelic</c>).
/// Installed but never started fails.
/// </summary>
public sealed partial class JsPerformanceMonitoring : IProbe
{
    private static readonly HashSet<string> SideEffects = new(StringComparer.Ordinal)
    {
        "newrelic", "dd-trace/init", "dd-trace/initialize.mjs", "elastic-apm-node/start",
        "@opentelemetry/auto-instrumentations-node/register", "@newrelic/next",
    };

    private static readonly (string[] Packages, string[] Members, bool Bare)[] Starts =
    [
        (["dd-trace"], ["init"], false),
        (["elastic-apm-node"], ["start"], false),
        (["applicationinsights"], ["setup", "start"], false),
        (["@opentelemetry/sdk-node", "@opentelemetry/sdk-trace-node", "@opentelemetry/sdk-trace-web"], [], false),
        (["@vercel/otel", "@azure/monitor-opentelemetry", "web-vitals", "next", "@vercel/speed-insights"], [], true),
    ];

    private static readonly HashSet<string> Bare = new(StringComparer.Ordinal)
    {
        "registerOTel", "useAzureMonitor", "onLCP", "onINP", "onCLS", "onFCP", "onTTFB", "getLCP", "getCLS", "getFID",
        "useReportWebVitals", "injectSpeedInsights",
    };

    private static readonly HashSet<string> Agents = new(StringComparer.Ordinal)
    {
        "newrelic", "dd-trace", "elastic-apm-node", "applicationinsights", "@opentelemetry/sdk-node", "@vercel/otel",
        "@azure/monitor-opentelemetry", "@vercel/speed-insights", "web-vitals", "@opentelemetry/auto-instrumentations-node",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NothingRuns(context, graph, servers, "no wired-in server, Next.js app or browser entry to monitor") is { } none)
        {
            return [none];
        }

        var preloads = Preloads(context, graph).ToList();
        if (preloads.Count > 0)
        {
            return preloads;
        }

        var findings = Wiring.Judge(context, graph, Evidence(graph), "performance monitoring");
        if (findings.Count > 0)
        {
            return findings;
        }

        var declared = JsPackages.Declaring(graph, Agents);
        return declared.Count > 0
            ? declared.Select(d => context.AtOffset(Outcome.Fail, d.Doc, d.Offset, "an APM or performance agent is installed but never started (no import of its init, no SDK start, no -r preload)"))
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no APM or performance agent (New Relic, Datadog, Elastic APM, OpenTelemetry, Application Insights, Sentry tracing, Speed Insights, web-vitals) is started")];
    }

    private static IEnumerable<JsEvidence> Evidence(ModuleGraph graph)
    {
        foreach (var import in graph.Modules.SelectMany(d => graph.ImportsOf(d.Path).Where(i => SideEffects.Contains(i.Import.Specifier)).Select(i => (Doc: d, i.Import))))
        {
            yield return new JsEvidence(import.Doc, import.Import.Offset, $"performance agent loaded ({import.Import.Specifier})");
        }

        foreach (var (packages, members, bare) in Starts)
        {
            var found = PackageCalls.Find(graph, packages.ToHashSet(StringComparer.Ordinal), members.ToHashSet(StringComparer.Ordinal), bare, "performance agent started");
            foreach (var e in found.Where(e => bare ? Bare.Any(b => e.What.EndsWith($": {b})", StringComparison.Ordinal)) : members.Length > 0 || e.What.Contains(": new ", StringComparison.Ordinal)))
            {
                yield return e;
            }
        }

        foreach (var doc in graph.Modules.Where(d => d.Content.Contains("require", StringComparison.Ordinal)))
        {
            foreach (var m in JsCode.Matches(doc, Chained(), "require"))
            {
                yield return new JsEvidence(doc, m.Index, $"performance agent started ({m.Groups["spec"].Value})");
            }
        }

        var sentry = JsErrorTracking.Trackers.Where(t => t.StartsWith("@sentry/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var e in PackageCalls.Find(graph, sentry, new HashSet<string>(StringComparer.Ordinal) { "init" }, bareCalls: true, "Sentry tracing initialised")
                     .Where(e => e.What.EndsWith("init)", StringComparison.Ordinal)))
        {
            var open = e.Doc.Content.IndexOf('(', e.Offset);
            if (Tracing().IsMatch(JsCode.ArgumentText(e.Doc, open)))
            {
                yield return e;
            }
        }

        foreach (var import in JsPackages.Imports(graph, new HashSet<string>(StringComparer.Ordinal) { "@vercel/speed-insights" }))
        {
            var at = import.Doc.Content.IndexOf("<SpeedInsights", StringComparison.Ordinal);
            if (at >= 0 && JsCode.IsCode(import.Doc, at))
            {
                yield return new JsEvidence(import.Doc, at, "Vercel Speed Insights rendered");
            }
        }
    }

    private static IEnumerable<Finding> Preloads(ProbeContext context, ModuleGraph graph)
    {
        foreach (var manifest in graph.Manifests.Where(m => m.Document is not null))
        {
            foreach (var (name, script) in manifest.Scripts.Where(s => s.Key is "start" or "serve" || s.Key.StartsWith("start:prod", StringComparison.Ordinal)))
            {
                if (Preload().Match(script) is { Success: true } m)
                {
                    var at = manifest.Document!.Content.IndexOf($"\"{name}\"", StringComparison.Ordinal);
                    yield return context.AtOffset(Outcome.Pass, manifest.Document, Math.Max(0, at), $"the {name} script preloads a performance agent ({m.Value.Trim()})");
                }
            }
        }
    }


    [GeneratedRegex(@"\brequire\(\s*['""](?<spec>dd-trace|elastic-apm-node)['""]\s*\)\s*\.\s*(?:init|start)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ChainedCompiled();
    private static Regex Chained() => LinearRegex.Pick(ChainedCompiled());

    [GeneratedRegex(@"\b(?:tracesSampleRate|tracesSampler|browserTracingIntegration|nodeProfilingIntegration|enableTracing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Tracing();

    [GeneratedRegex(@"(?:-r|--require|--import|--loader)[ =]+['""]?(?:newrelic|dd-trace/init|dd-trace/initialize\.mjs|elastic-apm-node/start|@opentelemetry/auto-instrumentations-node/register)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PreloadCompiled();
    private static Regex Preload() => LinearRegex.Pick(PreloadCompiled());
}
