using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Errors reach a tracker: <c>sentry_sdk.init</c> (or Rollbar, Bugsnag, Honeybadger, Airbrake) called in a module
/// reachable from the app entry, or the process started under an APM agent (ddtrace-run, newrelic-admin,
/// opentelemetry-instrument). An init in a module nothing imports is present but not wired in.
/// </summary>
public sealed partial class PyErrorTracking : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = PyCode.Documents(context, graph)
            .SelectMany(d => PyCode.Matches(d, Init(), "(").Select(m => new PyHit(d, m.Index, $"{m.Groups["tool"].Value} error tracking initialised")))
            .ToList();
        var agents = PyAgentLaunches.Find(context).ToList();
        var findings = PyVerdict.Capability(context, graph, hits, "no error tracker initialised (Sentry, Rollbar, Bugsnag, Honeybadger) and no APM agent wraps the process");
        return agents.Count > 0 && findings.All(f => f.Outcome != Outcome.Pass) ? agents : findings.Concat(agents).ToList();
    }

    [GeneratedRegex(
        @"\b(?<tool>sentry_sdk|rollbar|bugsnag|honeybadger|airbrake|pybrake)\.(?:init|configure|Notifier)[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex InitCompiled();
    private static Regex Init() => LinearRegex.Pick(InitCompiled());
}
