using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Issued tokens expire: Flask-JWT-Extended's JWT_ACCESS_TOKEN_EXPIRES, SimpleJWT's ACCESS_TOKEN_LIFETIME, an
/// ACCESS_TOKEN_EXPIRE_MINUTES setting, or an "exp" claim put in what jwt.encode signs, in a module the app entry
/// reaches. JWT_ACCESS_TOKEN_EXPIRES = False (tokens that never expire) fails; tokens issued with no expiry found
/// are left undecided (the claim may be set where this probe does not look). Each stated lifetime is a fact, so a
/// line's "30-minute expiration" can be held to it.
/// </summary>
public sealed partial class PyTokensExpire : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && IgnoreCaseSearch.Contains(d.Content, "token")).ToList();
        var issuing = docs.Where(d => IgnoreCaseSearch.Contains(d.Content, "jwt")).ToList();
        if (issuing.Count == 0)
        {
            return [context.NotApplicable("no Python code issues JWTs")];
        }

        var never = issuing.SelectMany(d => PyCode.MatchesOutsideComments(d, Never(), "JWT_").Where(m => PyVerdict.Counts(graph, d.Path))
            .Select(m => context.Fail(d, m.Index, "JWT_ACCESS_TOKEN_EXPIRES = False: access tokens never expire"))).ToList();
        if (never.Count > 0)
        {
            return never;
        }

        var hits = new List<(PyHit Hit, double? Seconds)>();
        foreach (var d in issuing)
        {
            foreach (var m in PyCode.MatchesOutsideComments(d, Setting(), "TOKEN_"))
            {
                var seconds = m.Groups["amount"].Success ? TokenLifetime.InUnit(m.Groups["amount"].Value, m.Groups["unit"].Value) : TokenLifetime.Seconds(m.Groups["value"].Value);
                hits.Add((new PyHit(d, m.Index, $"token lifetime set ({m.Groups["name"].Value})"), seconds));
            }

            if (IgnoreCaseSearch.Contains(d.Content, "encode("))
            {
                hits.AddRange(PyCode.MatchesOutsideComments(d, ExpClaim(), "exp").Select(m => (new PyHit(d, m.Index, "exp claim set on the token"), (double?)null)));
            }
        }

        if (hits.Count == 0)
        {
            return [context.Inconclusive("the app handles JWTs, but no expiry was found (no JWT_ACCESS_TOKEN_EXPIRES, ACCESS_TOKEN_LIFETIME, ACCESS_TOKEN_EXPIRE_* or exp claim); the library's default may apply")];
        }

        var judged = PyVerdict.Capability(context, graph, [.. hits.Select(h => h.Hit)], "");
        foreach (var (hit, seconds) in hits.Where(h => h.Seconds is not null))
        {
            context.EmitWherePassed(judged, TokenLifetime.Fact(hit.Doc, hit.Offset, seconds!.Value));
        }

        return judged;
    }

    // JWT_ACCESS_TOKEN_EXPIRES = timedelta(hours=1), "ACCESS_TOKEN_LIFETIME": timedelta(minutes=30),
    // ACCESS_TOKEN_EXPIRE_MINUTES: int = 30.
    [GeneratedRegex(
        @"\b(?<name>JWT_(?:ACCESS|REFRESH)_TOKEN_EXPIRES|(?:ACCESS|REFRESH)_TOKEN_LIFETIME)\b['""]?\]?[ \t]*[:=][ \t]*(?<value>(?:datetime\.)?timedelta\([^)\n]{1,40}\)|\d{1,9})" +
        @"|\b(?<name>(?:ACCESS|REFRESH|JWT)_TOKEN_EXPIRE(?:S|_TIME)?_(?<unit>MINUTES|HOURS|DAYS|SECONDS))\b['""]?\]?[ \t]*(?::[ \t]*int[ \t]*)?[:=][ \t]*(?<amount>\d{1,6})\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SettingCompiled();

    private static Regex Setting() => LinearRegex.Pick(SettingCompiled());

    [GeneratedRegex(@"\bJWT_(?:ACCESS|REFRESH)_TOKEN_EXPIRES\b['""]?\]?[ \t]*[:=][ \t]*False\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex NeverCompiled();

    private static Regex Never() => LinearRegex.Pick(NeverCompiled());

    // {"sub": user_id, "exp": expire} or payload["exp"] = ... or to_encode.update({"exp": expire}).
    [GeneratedRegex(@"['""]exp['""][ \t]*:|\[[ \t]*['""]exp['""][ \t]*\][ \t]*=[^=]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ExpClaimCompiled();

    private static Regex ExpClaim() => LinearRegex.Pick(ExpClaimCompiled());
}
