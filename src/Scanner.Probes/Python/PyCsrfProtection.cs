using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// State-changing requests carry a CSRF token: Flask-WTF's CSRFProtect attached to the app (or FlaskForm forms),
/// Django's CsrfViewMiddleware in MIDDLEWARE and not removed, a CSRF middleware for Starlette/FastAPI; in a
/// module reachable from the app entry. Switched off (WTF_CSRF_ENABLED = False, middleware missing or removed)
/// fails. An app with no cookie session and no form handling needs none and is not applicable.
/// </summary>
public sealed partial class PyCsrfProtection : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = new List<PyHit>();
        var unattached = new List<PyHit>();
        var findings = new List<Finding>();
        var usesCookies = false;
        foreach (var doc in PyCode.Documents(context, graph))
        {
            var counts = PyVerdict.Counts(graph, doc.Path) && PyPaths.IsAppCode(doc.Path);
            foreach (var m in PyCode.Matches(doc, Protect(), "csrf").Where(m => !PyCode.OnImportLine(doc, m.Index)))
            {
                var attachedHere = !m.Value.StartsWith("CSRFProtect", StringComparison.Ordinal) || PyAppArgument.IsAttached(doc, PyCode.Arguments(doc, m.Index));
                (attachedHere ? hits : unattached).Add(new PyHit(doc, m.Index, "CSRF protection"));
            }

            hits.AddRange(PyCode.MatchesOutsideComments(doc, DjangoMiddleware(), "CsrfViewMiddleware").Select(m => new PyHit(doc, m.Index, "CsrfViewMiddleware")));
            if (counts)
            {
                usesCookies |= PyCode.MatchesOutsideComments(doc, CookieState(), "").Count > 0;
                findings.AddRange(PyCode.Matches(doc, SwitchedOff(), "csrf").Select(m => context.Fail(doc, m.Index, "CSRF protection switched off")));
                findings.AddRange(MiddlewareWithoutCsrf(context, doc));
            }
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        if (hits.Count == 0 && unattached.Count > 0)
        {
            return [.. unattached.Select(h => context.Fail(h.Doc, h.Offset, "CSRFProtect() created but never attached (no CSRFProtect(app) or csrf.init_app(app))"))];
        }

        return hits.Count == 0 && !usesCookies
            ? [context.NotApplicable("no cookie session, login or form handling found: token-authenticated APIs need no CSRF tokens")]
            : PyVerdict.Capability(context, graph, hits, "the app uses cookie sessions or forms but has no CSRF protection (Flask-WTF CSRFProtect, Django CsrfViewMiddleware)");
    }

    private static IEnumerable<Finding> MiddlewareWithoutCsrf(ProbeContext context, SourceDocument doc)
    {
        var m = PyCode.Matches(doc, DjangoMiddlewareList(), "MIDDLEWARE").FirstOrDefault();
        if (m is not null && PyCode.MatchesOutsideComments(doc, DjangoMiddleware(), "CsrfViewMiddleware").Count == 0)
        {
            yield return context.Fail(doc, m.Index, "MIDDLEWARE has no django.middleware.csrf.CsrfViewMiddleware: forms and POST views are open to CSRF");
        }
    }

    [GeneratedRegex(@"\bCSRFProtect[ \t]*\(|\b\w*csrf\w*\.init_app[ \t]*\(|\bclass[ \t]+\w+[ \t]*\([ \t]*FlaskForm[ \t]*\)|\bCsrfProtect\b|\bCSRFMiddleware\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ProtectCompiled();
    private static Regex Protect() => LinearRegex.Pick(ProtectCompiled());


    [GeneratedRegex(@"[""']django\.middleware\.csrf\.CsrfViewMiddleware[""']", RegexOptions.CultureInvariant)]
    private static partial Regex DjangoMiddleware();

    [GeneratedRegex(@"^MIDDLEWARE[ \t]*=[ \t]*[\[(]", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DjangoMiddlewareListCompiled();
    private static Regex DjangoMiddlewareList() => LinearRegex.Pick(DjangoMiddlewareListCompiled());

    [GeneratedRegex(
        @"(?:\bWTF_CSRF_ENABLED|\[[ \t]*[""']WTF_CSRF_ENABLED[""'][ \t]*\])[ \t]*=[ \t]*False\b|\bMIDDLEWARE\.remove[ \t]*\([ \t]*[""'][\w.]*CsrfViewMiddleware",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SwitchedOffCompiled();
    private static Regex SwitchedOff() => LinearRegex.Pick(SwitchedOffCompiled());

    [GeneratedRegex(
        @"\brequest\.form\b|\bsession\[|\bflask_login\b|\blogin_user[ \t]*\(|\bSessionMiddleware\b|\.set_cookie[ \t]*\(|\bdjango\.contrib\.sessions\b|\bSessionAuthentication\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CookieStateCompiled();
    private static Regex CookieState() => LinearRegex.Pick(CookieStateCompiled());
}
