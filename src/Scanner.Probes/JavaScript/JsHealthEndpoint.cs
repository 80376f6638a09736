using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A health route (<c>/health</c>, <c>/healthz</c>, <c>/api/health</c>, <c>/readyz</c> ...) is registered in wired-in
/// code: an Express/Fastify/Koa/Hono route, a Nest controller, or a Next.js route handler or API route file.
/// </summary>
public sealed partial class JsHealthEndpoint : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        var next = JsServers.IsNext(graph);
        if (JsServers.NoApp(context, graph, servers) is { } none)
        {
            return [none];
        }

        var evidence = new List<JsEvidence>();
        foreach (var doc in graph.Modules.Where(d => !CodeKinds.IsTest(d.Path)))
        {
            evidence.AddRange(JsCode.Matches(doc, Route(), "(").Select(m => new JsEvidence(doc, m.Index, $"health route {m.Groups["path"].Value}")));
            if (next && HealthFile().IsMatch(doc.Path))
            {
                var at = JsCode.Matches(doc, Export(), "export") is [var first, ..] ? first.Index : 0;
                evidence.Add(new JsEvidence(doc, at, $"Next.js health route file {doc.Path}"));
            }
        }

        var findings = Wiring.Judge(context, graph, evidence, "health route");
        return findings.Count > 0
            ? findings
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no health check route (/health, /healthz, /api/health, /readyz) is registered")];
    }

    [GeneratedRegex(
        @"(?:\.\s*(?:get|all|head|route)\s*\(\s*|\burl\s*:\s*|@(?:Get|Controller)\s*\(\s*)['""`](?<path>/?(?:[\w:-]+/)*(?:health|healthz|healthcheck|health-check|livez|readyz|liveness|readiness)(?:/[\w:-]*)*)['""`]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RouteCompiled();
    private static Regex Route() => LinearRegex.Pick(RouteCompiled());

    [GeneratedRegex(@"(?:^|/)(?:app/(?:.+/)?(?:health|healthz|healthcheck|livez|readyz)/route|pages/api/(?:.+/)?(?:health|healthz|healthcheck|livez|readyz)(?:/index)?)\.[jt]sx?$", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HealthFileCompiled();
    private static Regex HealthFile() => LinearRegex.Pick(HealthFileCompiled());

    [GeneratedRegex(@"\bexport\b", RegexOptions.CultureInvariant)]
    private static partial Regex Export();
}
