using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A rate limiter protects the app's routes: Express middleware registered before the routes it should cover (or
/// on the route itself), a Fastify/Koa/Nest registration, or a Next.js middleware/route handler calling
/// <c>.limit()</c>; all in wired-in code. Routes registered before the limiter are named as unprotected. An app made
/// only of serverless functions (netlify/functions, api/) is judged the same way over the functions.
/// </summary>
public sealed partial class JsRateLimitWired : IProbe
{
    internal static readonly HashSet<string> Limiters = new(StringComparer.Ordinal)
    {
        "express-rate-limit", "rate-limiter-flexible", "@upstash/ratelimit", "@fastify/rate-limit", "koa-ratelimit",
        "express-slow-down", "express-brute", "@nestjs/throttler", "hono-rate-limiter", "next-rate-limit",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        // Serverless functions are handlers too: an app made only of them needs a limiter as much as a server does.
        if (JsServers.NoHandlers(context, graph, servers) is { } none)
        {
            return [none];
        }

        var findings = new List<Finding>();
        // A limiter in a backup, demo or example copy protects nothing production runs; absence is judged without it.
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !NonProduction.IsSetAside(d.Path)))
        {
            var imported = JsPackages.NamesIn(graph, doc.Path, Limiters);
            var names = JsDerivedNames.Expand(doc, imported);
            if (names.Count > 0)
            {
                LimiterValues.Emit(context, doc, imported);
                findings.AddRange(Express(context, graph, doc, names));
                findings.AddRange(Applied(context, graph, doc, names));
            }
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        var imports = JsPackages.Imports(graph, Limiters).Where(i => context.Card.Files.Matches(i.Doc.Path) && !NonProduction.IsSetAside(i.Doc.Path)).ToList();
        var wired = imports.Where(i => graph.IsWired(i.Doc.Path)).ToList();
        if (wired.Count > 0)
        {
            return wired.Select(i => context.Fail(i.Doc, i.Import.Offset, $"rate limiter imported in {i.Doc.Path} but never applied to a route or app"));
        }

        if (imports.Count > 0)
        {
            return imports.Select(i => Wiring.NotWired(context, graph, new JsEvidence(i.Doc, i.Import.Offset, ""), "rate limiter"));
        }

        return HandWrittenLimiters.Judge(context, graph) is { Count: > 0 } handWritten
            ? handWritten
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no rate limiter (express-rate-limit, rate-limiter-flexible, @upstash/ratelimit ...) protects the routes")];
    }



    private static IEnumerable<Finding> Express(ProbeContext context, ModuleGraph graph, SourceDocument doc, HashSet<string> names)
    {
        var calls = ExpressRoutes.In(graph, doc);
        foreach (var use in calls.Where(c => c.Method == "use" && !c.IsRoute && c.Mentions(names)))
        {
            var (covered, uncovered) = ExpressRoutes.Coverage(calls, use);
            var missed = uncovered.Where(r => !r.IsProbeRoute).ToList();
            var scope = use.Path is null ? $"every later route of '{use.Target}'" : $"routes under {use.Path}";
            var covers = covered.Count > 0 ? $"covers {string.Join(", ", covered.Select(r => r.Label))}" : $"covers {scope}";
            yield return missed.Count == 0
                ? context.Pass(doc, use.Offset, $"rate limiter applied before the routes: {covers}; wired in: {graph.Explain(doc.Path)}")
                : context.Fail(doc, use.Offset,
                    $"rate limiter registered after {string.Join(", ", missed.Select(r => r.Label))}, which it does not protect; {(covered.Count > 0 ? covers : "it covers no route")}");
        }

        foreach (var route in calls.Where(c => c.Method != "use" && c.Mentions(names)))
        {
            yield return context.Pass(doc, route.Offset, $"rate limiter on the route itself: {route.Label}; wired in: {graph.Explain(doc.Path)}");
        }
    }

    /// <summary>Non-Express wiring: <c>register(limiter)</c>, <c>app.use(ratelimit(...))</c>, <c>ThrottlerModule</c>, <c>ratelimit.limit(id)</c>.</summary>
    private static IEnumerable<Finding> Applied(ProbeContext context, ModuleGraph graph, SourceDocument doc, HashSet<string> names)
    {
        if (graph.ImportsOf(doc.Path).Any(i => i.Import.Specifier == "express"))
        {
            yield break;
        }

        foreach (var m in JsCode.Matches(doc, Application(), "("))
        {
            var open = m.Index + m.Length - 1;
            var target = m.Groups["target"].Value;
            var applied = m.Groups["method"].Value is "limit" or "consume" or "check" or "forRoot"
                ? names.Contains(target)
                : JsNames.In(JsCode.ArgumentText(doc, open)).Overlaps(names);
            if (applied)
            {
                yield return context.Pass(doc, m.Index, $"rate limiter applied ({m.Groups["method"].Value}); wired in: {graph.Explain(doc.Path)}");
            }
        }
    }

    [GeneratedRegex(@"\b(?<target>[A-Za-z_$][\w$]*)\s*\.\s*(?<method>use|register|limit|consume|check|forRoot|useGlobalGuards)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ApplicationCompiled();
    private static Regex Application() => LinearRegex.Pick(ApplicationCompiled());
}
