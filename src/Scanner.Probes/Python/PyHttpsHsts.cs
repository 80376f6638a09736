using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// The app redirects to HTTPS and sends HSTS: Flask-Talisman attached (both on by default, unless
/// <c>force_https=False</c> / <c>strict_transport_security=False</c>), Django's SECURE_SSL_REDIRECT and
/// SECURE_HSTS_SECONDS in production settings, or Starlette's HTTPSRedirectMiddleware plus a
/// Strict-Transport-Security header, or by hand: a Strict-Transport-Security header set on responses, a request hook
/// that redirects http:// to https://. With none of them the proxy may still do it, so the result is inconclusive,
/// except for Django settings, whose own deploy check asks for both.
/// </summary>
public sealed partial class PyHttpsHsts : IProbe
{
    /// <summary>The subject of findings about the header alone (control hsts-enabled reads it).</summary>
    public const string HstsSubject = "header:strict-transport-security";

    /// <summary>The subject of findings about the redirect alone.</summary>
    public const string RedirectSubject = "https-redirect";

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        var hits = new List<PyHit>();
        var hsts = new List<PyHit>();
        var redirects = new List<PyHit>();
        foreach (var doc in PyCode.Documents(context, graph))
        {
            var counts = PyVerdict.Counts(graph, doc.Path) && PyPaths.IsAppCode(doc.Path) && !PyCode.IsDevelopmentName(PyPaths.FileName(doc.Path));
            foreach (var m in PyCode.Matches(doc, Talisman(), "talisman").Where(m => !PyCode.OnImportLine(doc, m.Index)))
            {
                var off = SwitchedOff().Match(PyCode.Arguments(doc, m.Index));
                if (off.Success && counts)
                {
                    findings.Add(context.Fail(doc, m.Index, $"Talisman attached with {off.Value}: HTTPS is not enforced"));
                }
                else if (!off.Success)
                {
                    hits.Add(new PyHit(doc, m.Index, "Flask-Talisman redirects to HTTPS and sends HSTS"));
                }
            }

            hits.AddRange(PyCode.Matches(doc, StarletteHttps(), "HTTPSRedirect").Where(m => !PyCode.OnImportLine(doc, m.Index) && doc.Content.Contains("Strict-Transport-Security", StringComparison.OrdinalIgnoreCase))
                .Select(m => new PyHit(doc, m.Index, "HTTPSRedirectMiddleware with a Strict-Transport-Security header")));
            hsts.AddRange(PyHttpsByHand.Hsts(doc));
            redirects.AddRange(PyHttpsByHand.Redirects(doc));

            if (counts)
            {
                findings.AddRange(DjangoSettings(context, doc));
            }
        }

        if (findings.Any(f => f.Outcome == Outcome.Fail))
        {
            return findings;
        }

        if (hits.Count > 0)
        {
            findings.AddRange(PyVerdict.Capability(context, graph, hits, ""));
        }

        // Set by hand, each half says only what it is: a redirect hook confirms no HSTS line, and the reverse.
        if (hsts.Count > 0)
        {
            findings.AddRange(PyVerdict.Capability(context, graph, hsts, "").Select(f => f with { Subject = HstsSubject }));
        }

        if (redirects.Count > 0)
        {
            findings.AddRange(PyVerdict.Capability(context, graph, redirects, "").Select(f => f with { Subject = RedirectSubject }));
        }

        return findings.Count > 0 ? findings
            : [context.Inconclusive("the app neither redirects to HTTPS nor sends HSTS itself; a proxy or platform in front may do both")];
    }

    private static IEnumerable<Finding> DjangoSettings(ProbeContext context, SourceDocument doc)
    {
        if (PyCode.Matches(doc, DjangoMiddlewareList(), "MIDDLEWARE").FirstOrDefault() is not { } list)
        {
            yield break;
        }

        var redirect = Production(doc, SslRedirect(), "SECURE_SSL_REDIRECT");
        var hsts = Production(doc, HstsSeconds(), "SECURE_HSTS_SECONDS");
        yield return redirect is { Groups: var r } && r["on"].Success
            ? context.Pass(doc, redirect.Index, "SECURE_SSL_REDIRECT on")
            : context.Fail(doc, redirect?.Index ?? list.Index, "Django settings without SECURE_SSL_REDIRECT = True: plain HTTP is served (manage.py check --deploy W008)");
        yield return hsts is { Groups: var h } && h["on"].Success
            ? context.Pass(doc, hsts.Index, "SECURE_HSTS_SECONDS set")
            : context.Fail(doc, hsts?.Index ?? list.Index, "Django settings without SECURE_HSTS_SECONDS: no Strict-Transport-Security header (manage.py check --deploy W004)");
    }

    // The setting as production sees it: module level or under "if not DEBUG:", never a development-only block; an
    // enabling assignment wins over a disabling one (the production branch of an if/else).
    private static Match? Production(SourceDocument doc, Regex pattern, string keyword)
    {
        var live = PyCode.Matches(doc, pattern, keyword).Where(m => !PyBlocks.IsDevOnly(doc, m.Index)).ToList();
        return live.Find(m => m.Groups["on"].Success) ?? live.FirstOrDefault();
    }

    [GeneratedRegex(@"\bTalisman[ \t]*\(|\b\w*talisman\w*\.init_app[ \t]*\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TalismanCompiled();
    private static Regex Talisman() => LinearRegex.Pick(TalismanCompiled());

    [GeneratedRegex(@"\b(?:force_https|strict_transport_security)[ \t]*=[ \t]*False\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SwitchedOffCompiled();
    private static Regex SwitchedOff() => LinearRegex.Pick(SwitchedOffCompiled());

    [GeneratedRegex(@"\bHTTPSRedirectMiddleware\b", RegexOptions.CultureInvariant)]
    private static partial Regex StarletteHttps();

    [GeneratedRegex(@"^MIDDLEWARE[ \t]*=[ \t]*[\[(]", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DjangoMiddlewareListCompiled();
    private static Regex DjangoMiddlewareList() => LinearRegex.Pick(DjangoMiddlewareListCompiled());

    [GeneratedRegex(@"^[ \t]*SECURE_SSL_REDIRECT[ \t]*=[ \t]*(?:(?<on>True\b|os\.|env|config)|\S)", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SslRedirectCompiled();
    private static Regex SslRedirect() => LinearRegex.Pick(SslRedirectCompiled());

    [GeneratedRegex(@"^[ \t]*SECURE_HSTS_SECONDS[ \t]*=[ \t]*(?:(?<on>[1-9][\d_]*|os\.|env|config|int\()|\S)", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HstsSecondsCompiled();
    private static Regex HstsSeconds() => LinearRegex.Pick(HstsSecondsCompiled());
}
