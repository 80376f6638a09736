using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// An APM agent or tracer starts with the app: ddtrace (<c>patch_all</c>, <c>import ddtrace.auto</c>), New Relic
/// (<c>newrelic.agent.initialize</c>), Elastic APM, OpenTelemetry instrumentors or a tracer provider, Azure Monitor,
/// Sentry initialised with a traces sample rate, or the process launched under an agent. Sentry without tracing
/// reports errors, not performance.
/// </summary>
public sealed partial class PyPerformanceMonitoring : IProbe
{
    // Every agent start names one of these: only the lines holding one are searched.
    private static readonly SearchValues<string> StartWords = SearchValues.Create(
        ["newrelic.agent.initialize", "patch_all", "ElasticAPM", "make_apm_client", "elasticapm.Client", "Instrumentor", "set_tracer_provider", "configure_azure_monitor"], StringComparison.Ordinal);

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
            hits.AddRange((doc.Content.Contains('(', StringComparison.Ordinal) ? PyCode.MatchesOnLinesWith(doc, Start(), StartWords) : []).Select(m => new PyHit(doc, m.Index, $"performance agent started ({m.Groups["call"].Value})")));
            hits.AddRange(PyCode.Matches(doc, AutoImport(), "ddtrace").Select(m => new PyHit(doc, m.Index, "performance agent started (import ddtrace.auto)")));
            hits.AddRange(PyCode.MatchesOutsideComments(doc, DjangoApp(), "elasticapm").Select(m => new PyHit(doc, m.Index, "performance agent installed as a Django app (elasticapm.contrib.django)")));
            hits.AddRange(PyCode.Matches(doc, SentryInit(), "sentry_sdk")
                .Where(m => Tracing().IsMatch(PyCode.Arguments(doc, m.Index)))
                .Select(m => new PyHit(doc, m.Index, "Sentry initialised with tracing")));
        }

        var agents = PyAgentLaunches.Find(context).ToList();
        var findings = PyVerdict.Capability(context, graph, hits,
            "no APM agent or tracer is started (ddtrace, New Relic, Elastic APM, OpenTelemetry, Azure Monitor, Sentry with traces_sample_rate) and no agent wraps the process");
        return agents.Count > 0 && findings.All(f => f.Outcome != Outcome.Pass) ? agents : findings.Concat(agents).ToList();
    }

    [GeneratedRegex(
        @"\b(?<call>newrelic\.agent\.initialize|patch_all|ElasticAPM|make_apm_client|elasticapm\.Client|(?:FastAPI|Flask|Django|Starlette|Falcon)Instrumentor(?:\(\))?\.instrument(?:_app)?|set_tracer_provider|configure_azure_monitor)[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StartCompiled();
    private static Regex Start() => LinearRegex.Pick(StartCompiled());

    [GeneratedRegex(@"^[ \t]*import[ \t]+ddtrace\.auto\b", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AutoImportCompiled();
    private static Regex AutoImport() => LinearRegex.Pick(AutoImportCompiled());

    [GeneratedRegex(@"['""]elasticapm\.contrib\.django['""]", RegexOptions.CultureInvariant)]
    private static partial Regex DjangoApp();

    [GeneratedRegex(@"\bsentry_sdk\.init[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SentryInitCompiled();
    private static Regex SentryInit() => LinearRegex.Pick(SentryInitCompiled());

    [GeneratedRegex(@"\b(?:traces_sample_rate|traces_sampler|enable_tracing|profiles_sample_rate)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Tracing();
}
