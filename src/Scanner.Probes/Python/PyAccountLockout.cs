using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Repeated failed sign-ins lock the account or the client out, in code the app entry reaches: django-axes or
/// django-defender installed with their middleware or backend, or a failed-attempt counter compared with a maximum
/// (a lock-until time set). A counter only in a module nothing imports or lists in MIDDLEWARE fails as not wired in,
/// and axes installed without its middleware or backend fails too. An app that signs users in itself with none of
/// these and no rate limiter fails (closed world); a rate limiter only, a hosted provider, or code that names lockout
/// otherwise is undecided; no sign-in of its own is not applicable. A stated threshold is put in the evidence.
/// </summary>
public sealed partial class PyAccountLockout : IProbe
{
    private static readonly string[] Limiters = ["flask_limiter", "slowapi", "fastapi_limiter", "django_ratelimit", "ratelimit", "limits"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) || PyPaths.IsSetAside(d.Path)).ToList();
        var hits = new List<PyHit>();
        var findings = new List<Finding>();
        foreach (var d in docs)
        {
            var installed = PyCode.MatchesOutsideComments(d, Installed(), "INSTALLED_APPS");
            var wired = PyCode.MatchesOutsideComments(d, AxesWiring(), "axes").Concat(PyCode.MatchesOutsideComments(d, AxesWiring(), "defender")).ToList();
            var limit = PyCode.MatchesOutsideComments(d, FailureLimit(), "FAILURE_LIMIT").Select(m => $"; {m.Groups["name"].Value} = {m.Groups["limit"].Value}").FirstOrDefault() ?? "";
            hits.AddRange(installed.Where(_ => wired.Count > 0).Select(m => new PyHit(d, m.Index, $"failed sign-ins lock the account ({m.Groups["app"].Value} installed, {Snippet.Of(wired[0].Value.Trim('"', '\''), 60)}{limit})")));
            findings.AddRange(installed.Where(_ => wired.Count == 0 && PyVerdict.Counts(graph, d.Path))
                .Select(m => context.Fail(d, m.Index, $"{m.Groups["app"].Value} is in INSTALLED_APPS but neither its middleware nor its authentication backend is registered: it is not wired in, so nothing is locked out")));
            hits.AddRange((d.Content.AsSpan().IndexOfAny(CounterWords) >= 0 ? PyCode.Matches(d, Counter(), "") : []).Select(m => new PyHit(d, m.Index, $"failed sign-ins lock the account ({Snippet.Of(m.Value, 60)}{(m.Groups["limit"].Success ? $"; limit {m.Groups["limit"].Value}" : "")})")));
        }

        if (hits.Count > 0 || findings.Count > 0)
        {
            var judged = hits.Count > 0 ? PyVerdict.Capability(context, graph, hits, "") : [];
            return judged.Exists(f => f.Outcome == Outcome.Pass) ? judged : [.. findings, .. judged];
        }

        if (PySignIn.NotOwnSignIn(context, graph, docs, "lockout after failed sign-ins", out var own) is { } notOwn)
        {
            return [notOwn];
        }

        if (Limiters.FirstOrDefault(graph.Uses) is { } limiter)
        {
            return [context.Inconclusive($"a rate limiter ({limiter}) throttles requests, which slows guessing, but no account lockout after failed sign-ins was recognised")];
        }

        var named = docs.Where(d => PyPaths.IsAppCode(d.Path)).SelectMany(d => PyCode.Matches(d, Named(), "").Take(1).Select(m => new PyHit(d, m.Index, m.Value))).FirstOrDefault();
        return named is not null
            ? [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, "code names failed attempts or lockout, but no counter compared with a maximum was recognised")]
            : [.. own.Take(3).Select(h => context.Fail(h.Doc, h.Offset,
                $"{h.What}, and nothing limits failed attempts: no django-axes or django-defender, lockout counter or rate limiter (searched {docs.Count} Python module(s))"))];
    }

    [GeneratedRegex(@"['""](?<app>axes|defender)['""]", RegexOptions.CultureInvariant)]
    private static partial Regex Installed();

    [GeneratedRegex(@"['""](?:axes\.middleware\.AxesMiddleware|axes\.backends\.Axes\w{0,20}Backend|defender\.middleware\.FailedLoginMiddleware)['""]", RegexOptions.CultureInvariant)]
    private static partial Regex AxesWiring();

    [GeneratedRegex(@"^(?<name>(?:AXES|DEFENDER)_(?:FAILURE_LIMIT|LOGIN_FAILURE_LIMIT))[ \t]*=[ \t]*(?<limit>\d{1,4})\b", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FailureLimitCompiled();
    private static Regex FailureLimit() => LinearRegex.Pick(FailureLimitCompiled());

    // user.failed_login_attempts >= 5, user["login_attempts"] > MAX_LOGIN_ATTEMPTS, self.failed_attempts(key) >= limit,
    // user.locked_until = datetime.utcnow() + ...
    [GeneratedRegex(
        @"\b[\w.]*(?:\[['""])?\w*(?:failed|login|signin)\w*attempts?\w*(?:['""]\])?(?:\[[^\]\n]{0,60}\]|\([^()\n]{0,60}\))?[ \t]*>=?[ \t]*(?:(?<limit>\d{1,4})\b|[A-Za-z_][\w.]*)|\b[\w.]*(?:locked_until|lock_until|lockout_until)[ \t]*=[ \t]*(?:datetime|timezone|now|time)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CounterCompiled();
    private static Regex Counter() => LinearRegex.Pick(CounterCompiled());

    // Every shape of Counter() names attempts or a lock-until time: a file with neither cannot match, so the regex
    // (no literal prefix) skips it.
    private static readonly SearchValues<string> CounterWords = SearchValues.Create(["ttempt", "_until"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?i:lockout|locked_until|failed_attempt|failed_login|login_attempt|brute_force|bruteforce)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
