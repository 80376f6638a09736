using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Repeated failed sign-ins lock the account or the client out, in wired-in code: a failed-attempt counter compared
/// with a maximum, a lock-until time set, or express-brute guarding a route. Only in code nothing runs (a lockout
/// helper nothing imports or calls) it fails as not wired in. An app that checks passwords itself with none of these
/// and no rate limiter fails (closed world); a rate limiter only (throttling, not lockout), a hosted provider, or
/// code that names lockout otherwise is undecided; no sign-in of its own is not applicable.
/// </summary>
public sealed partial class JsAccountLockout : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var product = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        var locks = product.Where(MayHoldCounter).SelectMany(d => JsCode.Matches(d, Counter(), "")
            .Select(m => new JsEvidence(d, m.Index, $"failed sign-ins lock the account ({Snippet.Of(m.Value, 60)}{Limit(d, m)})")));
        var judged = Wiring.Judge(context, graph, locks, "account lockout");
        if (judged.Count > 0)
        {
            return judged;
        }

        if (JsSignIn.NotOwnSignIn(context, graph, "lockout after failed sign-ins", out var own) is { } notOwn)
        {
            return [notOwn];
        }

        if (JsPackages.Imports(graph, JsRateLimitWired.Limiters).FirstOrDefault(i => graph.IsWired(i.Doc.Path)) is { } limiter)
        {
            return [context.AtOffset(Outcome.Inconclusive, limiter.Doc, limiter.Import.Offset,
                $"a rate limiter ({JsImports.PackageOf(limiter.Import.Specifier)}) throttles requests, which slows guessing, but no account lockout after failed sign-ins was recognised")];
        }

        var named = product.Where(d => graph.IsWired(d.Path)).SelectMany(d => JsCode.Matches(d, Named(), "").Take(1).Select(m => new JsEvidence(d, m.Index, m.Value))).FirstOrDefault();
        return named is not null
            ? [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, "code names failed attempts or lockout, but no counter compared with a maximum was recognised")]
            : [.. own.Take(3).Select(e => context.Fail(e.Doc, e.Offset,
                $"{e.What}, and nothing limits failed attempts: no lockout counter, lock-until time, express-brute or rate limiter (searched {graph.WiredModules().Count()} wired-in module(s))"))];
    }

    // Every shape of Counter names one of these: "...Attempts >= n", "lock...Until"/"lockoutEnd", "...brute.prevent";
    // "lock" alone is in block, clock and mock, so it gates nothing by itself.
    private static bool MayHoldCounter(SourceDocument doc) =>
        doc.Content.Contains("ttempt", StringComparison.Ordinal)
        || doc.Content.Contains("ock", StringComparison.Ordinal) && (doc.Content.Contains("ntil", StringComparison.Ordinal) || doc.Content.Contains("outEnd", StringComparison.Ordinal))
        || doc.Content.Contains("rute", StringComparison.Ordinal) && doc.Content.Contains("prevent", StringComparison.Ordinal);

    // The threshold when the comparison names it, or a constant of the file that holds it: " (limit 5)".
    private static string Limit(SourceDocument doc, Match m)
    {
        var limit = m.Groups["limit"].Value;
        if (limit.Length == 0 || char.IsDigit(limit[0]))
        {
            return limit.Length == 0 ? "" : $"; limit {limit}";
        }

        return AssignedNumber.Of(doc.Content, limit[(limit.LastIndexOf('.') + 1)..], colonAssigns: true) is { } n ? $"; limit {n}" : "";
    }

    // user.failedLoginAttempts >= 5, loginAttempts > MAX_LOGIN_ATTEMPTS, failedAttempts.count >= config.maxFailures,
    // lockUntil: Date.now() + ..., user.lockedUntil = new Date(...), bruteforce.prevent.
    [GeneratedRegex(
        @"\b[\w$.]*(?:[Ff]ailed\w*|[Ll]ogin\w*|[Ss]ign[Ii]n\w*)[Aa]ttempts?\w*(?:\s*\.\s*(?:count|length))?\s*>=?\s*(?<limit>\d{1,4}\b|[A-Za-z_$][\w$.]*)" +
        @"|\b(?:lockUntil|lockedUntil|lock_until|locked_until|lockoutUntil|lockoutEnd)\s*[:=]\s*(?:new\s+Date|Date\.now|now\b|Date\s*\(|\w+\s*\+)|\b\w*[Bb]rute\w*\s*\.\s*prevent\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CounterCompiled();
    private static Regex Counter() => LinearRegex.Pick(CounterCompiled());

    [GeneratedRegex(@"(?i:lockout|locked|failedattempt|failed_attempt|loginattempt|login_attempt|bruteforce|brute_force)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
