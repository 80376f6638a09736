using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Sessions have a bounded lifetime and a way to end them, in code the app entry reaches: SESSION_COOKIE_AGE,
/// PERMANENT_SESSION_LIFETIME, SimpleJWT or Flask-JWT-Extended token lifetimes; and a logout (Django's
/// <c>logout</c>/LogoutView, Flask-Login's <c>logout_user</c>, <c>session.clear()</c>) or token revocation (SimpleJWT's
/// blacklist app, a blocklist loader). With one half only it is undecided and says which half is missing; sessions
/// issued with neither fail (closed world); no sessions are not applicable.
/// </summary>
public sealed partial class PySessionsExpireAndEnd : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)).ToList();
        var issued = docs.SelectMany(d => PyCode.Matches(d, Issue(), "").Take(1).Select(m => new PyHit(d, m.Index, m.Value.Trim()))).FirstOrDefault();
        if (issued is null)
        {
            return [context.NotApplicable("no app code signs users in or issues tokens (login, login_user, session writes, jwt encode, token creation)")];
        }

        var lifetime = docs.SelectMany(d => PyCode.MatchesOutsideComments(d, Lifetime(), "").Where(m => m.Groups["value"].Value != "False").Take(1).Select(m => new PyHit(d, m.Index, $"session lifetime set ({Snippet.Of(m.Value.Trim('"', '\''), 60)})"))).FirstOrDefault();
        var end = docs.SelectMany(d => PyCode.MatchesOutsideComments(d, End(), "").Where(m => m.Value[0] is '"' or '\'' || d.Regions.KindAt(m.Index) == RegionKind.Code).Take(1)
            .Select(m => new PyHit(d, m.Index, $"sessions can be ended ({Snippet.Of(m.Value.Trim('"', '\'', '('), 60)})"))).FirstOrDefault();
        if (lifetime is not null && end is not null)
        {
            return [context.Pass(lifetime.Doc, lifetime.Offset, $"{lifetime.What}, and {end.What} at {end.Doc.Path}:{end.Doc.Text.LineOf(end.Offset)}")];
        }

        if ((lifetime ?? end) is { } half)
        {
            var missing = lifetime is null ? "no session or token lifetime (SESSION_COOKIE_AGE, PERMANENT_SESSION_LIFETIME, token lifetimes) was found" : "no logout or revocation (logout, logout_user, session.clear, a token blacklist) was found";
            return [context.AtOffset(Outcome.Inconclusive, half.Doc, half.Offset, $"{half.What}, but {missing}: only one half of session management is in the code")];
        }

        return [context.Fail(issued.Doc, issued.Offset,
            $"users sign in here ({issued.What}), with no session lifetime set and no way to end sessions (searched {docs.Count} Python module(s) for lifetimes, logout and token revocation)")];
    }

    // login(request, user), login_user(user), session["user_id"] = ..., jwt.encode(...), create_access_token(...), RefreshToken.for_user(...).
    [GeneratedRegex(
        @"\b(?:login|login_user|create_access_token|create_refresh_token)[ \t]*\(|\bsession\[[^\]\n]{1,60}\][ \t]*=[^=]|\bjwt\.encode[ \t]*\(|\bRefreshToken\.for_user[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex IssueCompiled();
    private static Regex Issue() => LinearRegex.Pick(IssueCompiled());

    [GeneratedRegex(
        @"^[ \t]*(?:SESSION_COOKIE_AGE|PERMANENT_SESSION_LIFETIME|REMEMBER_COOKIE_DURATION|JWT_ACCESS_TOKEN_EXPIRES|ACCESS_TOKEN_EXPIRE_MINUTES|SESSION_EXPIRE_AT_BROWSER_CLOSE)[ \t]*=[ \t]*(?<value>\w{0,5})|['""](?:PERMANENT_SESSION_LIFETIME|JWT_ACCESS_TOKEN_EXPIRES|ACCESS_TOKEN_LIFETIME)['""]\]?[ \t]*[:=]",
        RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LifetimeCompiled();
    private static Regex Lifetime() => LinearRegex.Pick(LifetimeCompiled());

    // logout(request), logout_user(), LogoutView, session.clear(), request.session.flush(), token.blacklist(),
    // "rest_framework_simplejwt.token_blacklist", @jwt.token_in_blocklist_loader.
    [GeneratedRegex(
        @"\b(?:logout|logout_user)[ \t]*\(|\bLogoutView\b|\bsession\.(?:clear|flush)[ \t]*\(|\.blacklist[ \t]*\(|['""]rest_framework_simplejwt\.token_blacklist['""]|\btoken_in_blocklist_loader\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EndCompiled();
    private static Regex End() => LinearRegex.Pick(EndCompiled());
}
