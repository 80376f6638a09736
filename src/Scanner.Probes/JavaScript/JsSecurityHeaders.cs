using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Responses carry the baseline security headers (X-Content-Type-Options, X-Frame-Options, Referrer-Policy ...)
/// set by something the app runs: helmet applied in wired-in code (with or without its CSP), a Next.js app's
/// <c>headers()</c> or middleware / proxy, or a handler or middleware that sets one by name
/// (<c>res.setHeader('X-Frame-Options', ...)</c>). Content-Security-Policy alone is judged by js-helmet-csp-enabled.
/// </summary>
public sealed partial class JsSecurityHeaders : IProbe
{
    private static readonly string[] Baseline =
        ["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security", "Content-Security-Policy"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NoApp(context, graph, servers) is { } none)
        {
            return [none];
        }

        var evidence = new List<JsEvidence>();
        var late = new List<Finding>();
        foreach (var import in JsPackages.Imports(graph, HelmetUses.Packages))
        {
            var doc = import.Doc;
            foreach (var use in HelmetUses.In(graph, import).Uses.Where(u => !u.CspOnly))
            {
                // Middleware registered after a route does not reach that route's responses.
                if (use.Missed.Count == 0)
                {
                    evidence.Add(new JsEvidence(doc, use.Offset, $"helmet applied{(use.ByUse ? " before the routes" : "")} (it sets X-Content-Type-Options, X-Frame-Options, Referrer-Policy and more)"));
                }
                else if (graph.IsWired(doc.Path))
                {
                    late.Add(context.Fail(doc, use.Offset, $"helmet registered after {HelmetUses.After(use)}: those responses get no security headers"));
                }
            }
        }

        // next.config headers() and middleware / proxy: one piece of evidence per header name found there.
        evidence.AddRange(Baseline.SelectMany(h => NextHeaders.Find(graph, h)));
        foreach (var doc in graph.Modules.Where(d => d.Content.Contains("-Options", StringComparison.OrdinalIgnoreCase) ||
                                                     d.Content.Contains("-Policy", StringComparison.OrdinalIgnoreCase)))
        {
            evidence.AddRange(JsCode.Matches(doc, SetByName(), "(").Select(m => new JsEvidence(doc, m.Index, $"{m.Groups["header"].Value} set on responses")));
        }

        var judged = Wiring.Judge(context, graph, evidence.DistinctBy(e => (e.Doc.Path, e.Doc.Text.LineOf(e.Offset))), "security headers");
        if (judged.Count + late.Count > 0)
        {
            return [.. late, .. judged];
        }

        const string message = "no security headers set by the app: no helmet, and nothing sets X-Content-Type-Options, X-Frame-Options or Referrer-Policy";
        if (servers.Count == 0 && NextConfigFile.All(graph).FirstOrDefault() is { } config)
        {
            return [context.Fail(config, NextConfigFile.Anchor(config), $"{message} (Next.js: add them to headers() in next.config or to middleware)")];
        }

        return [Wiring.Missing(context, graph, servers.FirstOrDefault(), message)];
    }

    [GeneratedRegex(
        @"\.\s*(?:setHeader|set|header|append)\s*\(\s*['""`](?<header>X-Content-Type-Options|X-Frame-Options|Referrer-Policy|Permissions-Policy|Strict-Transport-Security|Content-Security-Policy)['""`]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SetByNameCompiled();
    private static Regex SetByName() => LinearRegex.Pick(SetByNameCompiled());
}
