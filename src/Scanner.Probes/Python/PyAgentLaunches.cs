using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Python;

/// <summary>
/// The process is started under an APM agent (ddtrace-run, newrelic-admin run-program, opentelemetry-instrument) by a
/// launch file the app graph knows (Procfile, Dockerfile CMD, compose command ...): the agent instruments the whole app.
/// </summary>
public static partial class PyAgentLaunches
{
    public static IEnumerable<Finding> Find(ProbeContext context)
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

    [GeneratedRegex(@"\b(?:ddtrace-run|newrelic-admin|opentelemetry-instrument)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Agent();
}
