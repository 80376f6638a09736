using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A Node or Next.js app pins browsers to HTTPS and sends plain HTTP there: Strict-Transport-Security from helmet
/// (on by default unless switched off), next.config <c>headers()</c>, middleware / proxy or a handler that sets it by
/// name; a redirect from a middleware that reads <c>x-forwarded-proto</c> or <c>req.secure</c>, or an HTTPS-redirect
/// package. Each half carries its own subject, so a redirect confirms no HSTS line. With neither, a proxy or the
/// platform (Vercel, Netlify, a load balancer) may do both, so absence is undecided, never a failure.
/// </summary>
public sealed partial class JsHttpsHsts : IProbe
{
    private static readonly IReadOnlySet<string> RedirectPackages =
        new HashSet<string>(StringComparer.Ordinal) { "express-sslify", "express-enforces-ssl", "heroku-ssl-redirect", "koa-sslify", "fastify-https-redirect" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NoApp(context, graph, servers) is { } none)
        {
            return [none];
        }

        var hsts = new List<JsEvidence>();
        foreach (var import in JsPackages.Imports(graph, HelmetUses.Packages).Where(i => !SwitchedOff().IsMatch(i.Doc.Content)))
        {
            hsts.AddRange(HelmetUses.In(graph, import).Uses.Where(u => !u.CspOnly && u.Missed.Count == 0)
                .Select(u => new JsEvidence(import.Doc, u.Offset, "helmet applied before the routes (it sends Strict-Transport-Security by default)")));
        }

        hsts.AddRange(NextHeaders.Find(graph, "Strict-Transport-Security"));
        foreach (var doc in graph.Modules.Where(d => d.Content.Contains("Strict-Transport-Security", StringComparison.OrdinalIgnoreCase)))
        {
            hsts.AddRange(JsCode.Matches(doc, SetHsts(), "(").Select(m => new JsEvidence(doc, m.Index, "Strict-Transport-Security set on responses")));
        }

        var redirects = JsPackages.Imports(graph, RedirectPackages).Select(i => new JsEvidence(i.Doc, i.Import.Offset, $"{i.Import.Specifier} redirects plain HTTP to HTTPS")).ToList();
        foreach (var doc in graph.Modules.Where(d => d.Content.Contains("https", StringComparison.Ordinal) && d.Content.Contains("redirect", StringComparison.OrdinalIgnoreCase)))
        {
            redirects.AddRange(JsCode.Matches(doc, PlainHttpTest(), "e").Take(1).Select(m => new JsEvidence(doc, m.Index, "a middleware redirects plain HTTP to HTTPS")));
        }

        var hstsSubject = "header:strict-transport-security";
        List<Finding> findings =
        [
            .. Wiring.Judge(context, graph, hsts.DistinctBy(e => (e.Doc.Path, e.Doc.Text.LineOf(e.Offset))), "Strict-Transport-Security").Select(f => f with { Subject = hstsSubject }),
            .. Wiring.Judge(context, graph, redirects, "HTTPS redirect").Select(f => f with { Subject = "https-redirect" }),
        ];
        return findings.Count > 0 ? findings
            : [context.Inconclusive("the app neither redirects to HTTPS nor sends Strict-Transport-Security itself; a proxy or the platform in front (Vercel, Netlify, a load balancer) may do both")];
    }

    // helmet({ hsts: false }) / helmet({ strictTransportSecurity: false }): the default header switched off.
    [GeneratedRegex(@"\b(?:hsts|strictTransportSecurity)\s*:\s*false\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SwitchedOffCompiled();
    private static Regex SwitchedOff() => LinearRegex.Pick(SwitchedOffCompiled());

    [GeneratedRegex(@"\.\s*(?:setHeader|set|header|append)\s*\(\s*['""`]Strict-Transport-Security['""`]\s*,\s*['""`]max-age=[1-9]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SetHstsCompiled();
    private static Regex SetHsts() => LinearRegex.Pick(SetHstsCompiled());

    // The test a redirect middleware makes: the proxy's x-forwarded-proto header is not https, or req.secure is false.
    [GeneratedRegex(@"\b(?:headers\s*\[\s*|(?:get|header)\s*\(\s*)['""`]x-forwarded-proto['""`]\s*[\])]\s*!==?\s*['""`]https['""`]|!\s*req\.secure\b|\breq\.secure\s*===?\s*false\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PlainHttpTestCompiled();
    private static Regex PlainHttpTest() => LinearRegex.Pick(PlainHttpTestCompiled());
}
