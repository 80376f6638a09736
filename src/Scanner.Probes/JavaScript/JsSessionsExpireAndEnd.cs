using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Sessions have a bounded lifetime and a way to end them, both in wired-in code: Auth.js <c>session.maxAge</c>,
/// express-session <c>cookie.maxAge</c>, iron-session <c>ttl</c> or a token's <c>expiresIn</c>; and a logout that
/// ends them server-side or in the cookie (<c>req.session.destroy</c>, <c>req.logout</c>, <c>signOut</c>,
/// <c>clearCookie</c>) or a token revocation list. With one half only it is undecided and says which half is
/// missing; sessions issued with neither fail (closed world); no sessions are not applicable.
/// </summary>
public sealed partial class JsSessionsExpireAndEnd : IProbe
{
    private static readonly HashSet<string> SessionPackages = new(StringComparer.Ordinal)
    {
        "express-session", "cookie-session", "@fastify/session", "@fastify/secure-session", "koa-session", "iron-session", "next-auth", "@auth/core",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var wired = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        // Verifying someone else's JWT (jose, jsonwebtoken) issues nothing: a token counts where the app signs it.
        var issued = JsPackages.Imports(graph, SessionPackages).Where(i => graph.IsWired(i.Doc.Path) && context.Card.Files.Matches(i.Doc.Path) && !CodeKinds.IsTest(i.Doc.Path))
            .Select(i => new JsEvidence(i.Doc, i.Import.Offset, JsImports.PackageOf(i.Import.Specifier)))
            .Concat(wired.SelectMany(d => JsCode.Matches(d, Sign(), "ign").Take(1).Select(m => new JsEvidence(d, m.Index, "a signed token")))).ToList();
        if (issued.Count == 0)
        {
            return [context.NotApplicable("no wired-in code issues sessions or tokens (express-session, cookie-session, iron-session, Auth.js, jsonwebtoken, jose)")];
        }

        var lifetime = Find(wired, Lifetime(), "session lifetime set");

        // Auth.js always serves its sign-out route and expires sessions after 30 days unless told otherwise.
        var authJs = issued.FirstOrDefault(i => i.What is "next-auth" or "@auth/core");
        var end = Find(wired, End(), "sessions can be ended") ?? (authJs is null ? null : authJs with { What = $"sessions can be ended (the sign-out route {authJs.What} serves)" });
        if (lifetime is null && authJs is not null)
        {
            return [context.AtOffset(Outcome.Inconclusive, authJs.Doc, authJs.Offset,
                $"{authJs.What} serves a sign-out route and ends sessions after its default 30 days; no session.maxAge is set in the code, so the lifetime is the library's default")];
        }

        if (lifetime is not null && end is not null)
        {
            return [context.Pass(lifetime.Doc, lifetime.Offset, $"{lifetime.What}, and {end.What} at {end.Doc.Path}:{end.Doc.Text.LineOf(end.Offset)}")];
        }

        if (lifetime is not null || end is not null)
        {
            var half = lifetime ?? end!;
            var missing = lifetime is null ? "no session or token lifetime (maxAge, ttl, expiresIn) was found" : "no logout or revocation (session destroy, logout, signOut, clearCookie, a revocation list) was found";
            return [context.AtOffset(Outcome.Inconclusive, half.Doc, half.Offset, $"{half.What}, but {missing}: only one half of session management is in the code")];
        }

        var first = issued.OrderBy(i => i.Doc.Path, StringComparer.Ordinal).First();
        return [context.Fail(first.Doc, first.Offset,
            $"sessions or tokens are issued here ({first.What}), with no lifetime set and no way to end them (searched {wired.Count} wired-in module(s) for maxAge, ttl, expiresIn, session destroy, logout, signOut, clearCookie and revocation lists)")];
    }

    private static JsEvidence? Find(IEnumerable<SourceDocument> docs, Regex pattern, string what) =>
        docs.SelectMany(d => JsCode.Matches(d, pattern, "").Take(1).Select(m => new JsEvidence(d, m.Index, $"{what} ({Snippet.Of(m.Value.TrimEnd('('), 60)})"))).FirstOrDefault();

    [GeneratedRegex(@"\bjwt\s*\.\s*sign\s*\(|\bnew\s+SignJWT\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SignCompiled();
    private static Regex Sign() => LinearRegex.Pick(SignCompiled());

    // session: { strategy: 'jwt', maxAge: 3600 }, cookie: { maxAge: 86400000 }, ttl: 60 * 60, expiresIn: '15m', setExpirationTime('2h').
    [GeneratedRegex(
        @"\b(?:session|cookie|cookieOptions)\s*:\s*\{[^}]{0,300}?\b(?:maxAge|expires)\s*:|\b(?:ttl|expiresIn)\s*:\s*[\w'""`]|\.\s*setExpirationTime\s*\(|\bmaxAge\s*:\s*\d",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LifetimeCompiled();
    private static Regex Lifetime() => LinearRegex.Pick(LifetimeCompiled());

    // req.session.destroy(), req.logout(), signOut(), res.clearCookie('sid'), cookies().delete('session'), req.session = null,
    // revokedTokens.add(jti), denylist.set(...), tokenVersion += 1.
    [GeneratedRegex(
        @"\.\s*session\s*\.\s*destroy\s*\(|\b(?:req|request)\s*\.\s*log[oO]ut\s*\(|\bsignOut\s*\(|\.\s*clearCookie\s*\(|\bcookies\s*\(\s*\)\s*\.\s*delete\s*\(|\.\s*session\s*=\s*null\b" +
        @"|\b\w*(?:[Bb]lacklist|[Dd]enylist|[Bb]locklist|[Rr]evoked)\w*\s*\.\s*(?:add|set|push|sadd|create|insert)\s*\(|\btokenVersion\s*(?:\+\+|\+=|:\s*\{\s*increment)",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EndCompiled();
    private static Regex End() => LinearRegex.Pick(EndCompiled());
}
