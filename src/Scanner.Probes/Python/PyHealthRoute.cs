using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// The app serves a health endpoint (/health, /healthz, /livez, /readyz, /ping ...) from a route, blueprint,
/// router or Django URLconf reachable from the app entry, or mounts django-health-check's URLs. A health route in
/// a module nothing imports is present but not wired in.
/// </summary>
public sealed partial class PyHealthRoute : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) || PyPaths.IsSetAside(d.Path))
            .SelectMany(d => PyCode.Matches(d, Route(), "(").Select(m => new PyHit(d, m.Index, "health endpoint")))
            .ToList();
        return PyVerdict.Capability(context, graph, hits, "no health endpoint (/health, /healthz, /livez, /readyz, /ping) in the app's routes");
    }

    [GeneratedRegex(
        @"\b(?:route|get|head|api_route|add_url_rule|add_api_route|path|re_path|add_route)[ \t]*\([ \t]*[rbuf]?[""']\^?/?(?:[\w/-]*/)?(?:health|healthz|healthcheck|health-check|health_check|livez|readyz|liveness|readiness|ping|heartbeat)/?\$?[""']" +
        @"|\binclude[ \t]*\([ \t]*[""']health_check\.urls[""']",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RouteCompiled();
    private static Regex Route() => LinearRegex.Pick(RouteCompiled());
}
