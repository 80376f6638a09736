using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Responses carry security headers set by something the app runs: Flask-Talisman attached to the app, Django's
/// SecurityMiddleware in MIDDLEWARE, the <c>secure</c> package or a middleware / after_request hook that sets
/// X-Content-Type-Options, X-Frame-Options, Content-Security-Policy or Strict-Transport-Security; in a module
/// reachable from the app entry. A Django MIDDLEWARE list without SecurityMiddleware fails.
/// </summary>
public sealed partial class PySecurityHeaders : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = new List<PyHit>();
        var findings = new List<Finding>();
        foreach (var doc in PyCode.Documents(context, graph))
        {
            hits.AddRange(PyCode.Matches(doc, Talisman(), "talisman").Where(m => !PyCode.OnImportLine(doc, m.Index) && Attached(doc, m))
                .Select(m => new PyHit(doc, m.Index, "Flask-Talisman security headers")));
            hits.AddRange(PyCode.MatchesOutsideComments(doc, DjangoSecurity(), "SecurityMiddleware").Select(m => new PyHit(doc, m.Index, "Django SecurityMiddleware")));
            hits.AddRange(PyCode.Matches(doc, SecurePackage(), "secure").Where(m => !PyCode.OnImportLine(doc, m.Index)).Select(m => new PyHit(doc, m.Index, "security headers middleware")));
            hits.AddRange(PyCode.Matches(doc, ManualHeader(), "headers").Select(m => new PyHit(doc, m.Index, "security header set on responses")));
            if (PyVerdict.Counts(graph, doc.Path) && PyPaths.IsAppCode(doc.Path) && PyCode.Matches(doc, MiddlewareList(), "MIDDLEWARE").FirstOrDefault() is { } list
                && !doc.Content.Contains("SecurityMiddleware", StringComparison.Ordinal))
            {
                findings.Add(context.Fail(doc, list.Index, "MIDDLEWARE has no django.middleware.security.SecurityMiddleware: no nosniff, referrer policy, HSTS or HTTPS redirect"));
            }
        }

        return findings.Count > 0 ? findings
            : PyVerdict.Capability(context, graph, hits, "no security headers: no Flask-Talisman, Django SecurityMiddleware, secure package or middleware setting X-Content-Type-Options / X-Frame-Options / Content-Security-Policy");
    }

    /// <summary><c>Talisman(app, ...)</c> or <c>talisman.init_app(app)</c>; a bare <c>Talisman()</c> attaches nothing.</summary>
    private static bool Attached(SourceDocument doc, Match m) =>
        m.Value.Contains("init_app", StringComparison.Ordinal) || PyAppArgument.IsAttached(doc, PyCode.Arguments(doc, m.Index));

    [GeneratedRegex(@"\bTalisman[ \t]*\(|\b\w*talisman\w*\.init_app[ \t]*\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TalismanCompiled();
    private static Regex Talisman() => LinearRegex.Pick(TalismanCompiled());


    [GeneratedRegex(@"[""']django\.middleware\.security\.SecurityMiddleware[""']", RegexOptions.CultureInvariant)]
    private static partial Regex DjangoSecurity();

    [GeneratedRegex(@"\bSecure[ \t]*\(|\bSecureHeadersMiddleware\b|\bSecurityHeadersMiddleware\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SecurePackageCompiled();
    private static Regex SecurePackage() => LinearRegex.Pick(SecurePackageCompiled());

    [GeneratedRegex(
        @"\bheaders\[[ \t]*[""'](?:X-Content-Type-Options|X-Frame-Options|Content-Security-Policy|Strict-Transport-Security|Referrer-Policy)[""'][ \t]*\][ \t]*=|\bheaders\.setdefault[ \t]*\([ \t]*[""'](?:X-Content-Type-Options|X-Frame-Options|Content-Security-Policy)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ManualHeaderCompiled();
    private static Regex ManualHeader() => LinearRegex.Pick(ManualHeaderCompiled());

    [GeneratedRegex(@"^MIDDLEWARE[ \t]*=[ \t]*[\[(]", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex MiddlewareListCompiled();
    private static Regex MiddlewareList() => LinearRegex.Pick(MiddlewareListCompiled());
}
