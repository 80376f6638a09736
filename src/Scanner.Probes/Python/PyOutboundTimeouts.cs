using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Every outbound HTTP call or client in modules the app imports sets a timeout (<see cref="PyOutboundCalls"/>). A
/// worker timeout (gunicorn <c>--timeout</c>) or a database timeout is reported beside a missing one, since a line
/// about "timeouts" may mean either; with no app entry known, what the calls say is undecided.
/// </summary>
public sealed partial class PyOutboundTimeouts : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).ToList();
        if (!graph.HasEntries)
        {
            var found = docs.SelectMany(PyOutboundCalls.In).Take(1).ToList();
            return found.Count == 0
                ? [context.NotApplicable("no outbound HTTP call (requests, httpx, aiohttp, urllib3) in any Python module")]
                : [context.AtOffset(Outcome.Inconclusive, found[0].Doc, found[0].Offset, $"{found[0].Client}: {found[0].Detail}, but no app entry was found to tell whether it runs")];
        }

        var reachable = docs.Where(d => graph.Reach(d.Path) == PyReach.Reachable).ToList();
        var calls = reachable.SelectMany(PyOutboundCalls.In).ToList();
        var others = reachable.Concat(docs.Where(d => d.Path.Contains("gunicorn", StringComparison.Ordinal)))
            .SelectMany(d => PyCode.Matches(d, Other(), "timeout").Select(m => new OtherTimeout(d, m.Index, $"a server or database timeout ({m.Value.Trim()})")))
            .ToList();
        return OutboundTimeouts.Judge(context, calls, others, $"{reachable.Count} module(s) the app imports, for requests, httpx, aiohttp and urllib3");
    }

    [GeneratedRegex(@"\b(?:connect_timeout|statement_timeout|pool_timeout|socket_timeout|socket_connect_timeout|graceful_timeout|CONN_TIMEOUT)\b|^timeout\s*=", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex OtherCompiled();
    private static Regex Other() => LinearRegex.Pick(OtherCompiled());
}
