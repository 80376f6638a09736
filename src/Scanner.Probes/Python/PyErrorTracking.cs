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
        var agents = Agents(context).ToList();
        var findings = PyVerdict.Capability(context, graph, hits, "no error tracker initialised (Sentry, Rollbar, Bugsnag, Honeybadger) and no APM agent wraps the process");
        return agents.Count > 0 && findings.All(f => f.Outcome != Outcome.Pass) ? agents : findings.Concat(agents).ToList();
    }

    private static IEnumerable<Finding> Agents(ProbeContext context)
    {
        foreach (var launch in PyGraph.For(context.Workspace).Launches.Select(l => l.Path).Distinct(StringComparer.Ordinal))
        {
            if (context.Workspace.Read(launch) is not { } doc
                || (!doc.Content.Contains("-run", StringComparison.Ordinal) && !doc.Content.Contains("-admin", StringComparison.Ordinal) && !doc.Content.Contains("-instrument", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (Match m in Agent().Matches(doc.Content))
            {
                yield return context.Pass(doc, m.Index, $"process runs under {m.Value}");
            }
        }
    }

    [GeneratedRegex(
        @"\b(?<tool>sentry_sdk|rollbar|bugsnag|honeybadger|airbrake|pybrake)\.(?:init|configure|Notifier)[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex InitCompiled();
    private static Regex Init() => LinearRegex.Pick(InitCompiled());

    [GeneratedRegex(@"\b(?:ddtrace-run|newrelic-admin|opentelemetry-instrument)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Agent();
}
