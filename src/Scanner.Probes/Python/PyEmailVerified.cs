using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// E-mail addresses are verified, in code the app entry reaches: django-allauth's ACCOUNT_EMAIL_VERIFICATION
/// "mandatory" or "optional" (an explicit "none" fails), Flask-Security's SECURITY_CONFIRMABLE, fastapi-users'
/// verify router, or the app's own pair of a token issued (Django's token generator, itsdangerous, secrets) and a
/// handler that checks it and marks the address verified. An app that registers users with an e-mail and has
/// neither fails (closed world); a hosted provider, one half of the pair, or code that names verification otherwise
/// is undecided; no registration is not applicable.
/// </summary>
public sealed partial class PyEmailVerified : IProbe
{
    // Every confirming shape holds one of these words: only the lines holding one are searched.
    private static readonly SearchValues<string> ConfirmWords = SearchValues.Create(["True", "check_token", "max_age"], StringComparison.Ordinal);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) || PyPaths.IsSetAside(d.Path)).ToList();
        var off = docs.SelectMany(d => PyCode.MatchesOutsideComments(d, Setting(), "VERIFICATION").Where(m => m.Groups["value"].Value == "none" && PyVerdict.Counts(graph, d.Path))
            .Select(m => context.Fail(d, m.Index, "ACCOUNT_EMAIL_VERIFICATION = \"none\": allauth never asks users to confirm their address"))).ToList();
        if (off.Count > 0)
        {
            return off;
        }

        var settings = docs.SelectMany(d => PyCode.MatchesOutsideComments(d, Setting(), "_").Where(m => m.Groups["value"].Value != "none")
            .Select(m => new PyHit(d, m.Index, $"e-mail verification required ({Snippet.Of(m.Value, 60)})")));
        var confirms = docs.SelectMany(d => PyCode.MatchesOnLinesWith(d, Confirm(), ConfirmWords).Select(m => new PyHit(d, m.Index, $"address marked verified ({Snippet.Of(m.Value.TrimEnd('(', ' '), 60)})"))).ToList();
        var issued = docs.Where(d => PyVerdict.Counts(graph, d.Path)).SelectMany(d => PyCode.Matches(d, Issue(), "").Take(1).Select(m => new PyHit(d, m.Index, m.Value))).FirstOrDefault();
        var hits = settings.Concat(issued is null ? [] : confirms).ToList();
        if (hits.Count > 0)
        {
            return PyVerdict.Capability(context, graph, hits, "");
        }

        if (PySignIn.HostedProvider(graph, docs) is { } hosted)
        {
            return [context.AtOffset(Outcome.Inconclusive, hosted.Doc, hosted.Offset, $"{hosted.What}: whether addresses must be confirmed is a setting of the provider")];
        }

        if ((issued ?? confirms.FirstOrDefault()) is { } half)
        {
            var missing = issued is null ? "no verification token is issued" : "no handler marks the address verified";
            return [context.AtOffset(Outcome.Inconclusive, half.Doc, half.Offset, $"one half of e-mail verification found here, but {missing} that this probe recognises")];
        }

        var signUps = PySignIn.SignUps(graph, docs);
        if (signUps.Count == 0)
        {
            return [context.NotApplicable("the app does not register users with an e-mail address")];
        }

        var named = docs.Where(d => PyPaths.IsAppCode(d.Path)).SelectMany(d => PyCode.Matches(d, Named(), "").Take(1).Select(m => new PyHit(d, m.Index, m.Value))).FirstOrDefault();
        return named is not null
            ? [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, "code names e-mail verification or confirmation, but no token and confirming handler this probe recognises were found")]
            : [.. signUps.Take(3).Select(h => context.Fail(h.Doc, h.Offset,
                $"{h.What}, and nothing verifies the address: no verification token and confirming handler, allauth verification, SECURITY_CONFIRMABLE or fastapi-users verify router (searched {docs.Count} Python module(s))"))];
    }

    [GeneratedRegex(
        @"\bACCOUNT_EMAIL_VERIFICATION[ \t]*=[ \t]*['""](?<value>mandatory|optional|none)['""]|\bSECURITY_CONFIRMABLE[ \t]*=[ \t]*True\b|['""]SECURITY_CONFIRMABLE['""]\][ \t]*=[ \t]*True\b|\bget_verify_router[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SettingCompiled();
    private static Regex Setting() => LinearRegex.Pick(SettingCompiled());

    // user.email_verified = True, user.is_verified = True, default_token_generator.check_token(...), serializer.loads(token, max_age=...).
    [GeneratedRegex(
        @"\.(?:email_verified|is_verified|verified|email_confirmed|confirmed|is_email_verified)[ \t]*=[ \t]*True\b|\b\w*token_generator\.check_token[ \t]*\(|\.loads[ \t]*\([^)\n]{0,200}\bmax_age[ \t]*=",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConfirmCompiled();
    private static Regex Confirm() => LinearRegex.Pick(ConfirmCompiled());

    // default_token_generator.make_token(user), URLSafeTimedSerializer(...).dumps(...), verification_token = secrets.token_urlsafe().
    [GeneratedRegex(
        @"\b\w*token_generator\.make_token[ \t]*\(|\b\w*(?:serializer|signer)\w*(?:\([^()\n]{0,200}\))?\.dumps[ \t]*\(|\b\w*(?:verif|confirm|activat)\w*token\w*[ \t]*=[^=]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex IssueCompiled();
    private static Regex Issue() => LinearRegex.Pick(IssueCompiled());

    [GeneratedRegex(@"(?i:verif|confirm)\w{0,20}(?i:email)|(?i:email)\w{0,20}(?i:verif|confirm)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
