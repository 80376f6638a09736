using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Users who forgot their password can reset it, in code the app entry reaches: a framework's reset views
/// (<c>django.contrib.auth.urls</c>, allauth, dj-rest-auth or djoser URLs, Flask-Security's SECURITY_RECOVERABLE,
/// fastapi-users' reset router), or the app's own pair of a request side (a forgot-password route or view, Django's
/// <c>PasswordResetView</c>, a reset token issued) and an accepting side (a reset-password route or view,
/// <c>PasswordResetConfirmView</c>, a lookup by reset token). Both sides only in modules nothing imports fail as not wired in; one side there is undecided.
/// An app that signs users in itself and whose code names no password reset anywhere fails (closed world); one half,
/// a reset named otherwise, or sign-in only through the admin site is undecided; a hosted provider runs the reset
/// (not applicable), and so does an app with no sign-in of its own.
/// </summary>
public sealed partial class PyPasswordReset : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) || PyPaths.IsSetAside(d.Path)).ToList();
        var framework = docs.SelectMany(d => PyCode.MatchesOutsideComments(d, Framework(), "")
            .Select(m => new PyHit(d, m.Index, $"the framework's password reset is enabled ({Snippet.Of(m.Value.Trim('"', '\''), 60)})"))).ToList();
        var sides = docs.SelectMany(Sides).ToList();
        var issued = sides.Where(s => !s.Accepts && PyVerdict.Counts(graph, s.Hit.Doc.Path)).Select(s => s.Hit).ToList();
        var accepted = sides.Where(s => s.Accepts && PyVerdict.Counts(graph, s.Hit.Doc.Path)).Select(s => s.Hit).ToList();
        var hits = framework.Concat(issued.Count > 0 && accepted.Count > 0 ? issued.Take(1).Concat(accepted.Take(3)) : []).ToList();
        if (hits.Count > 0)
        {
            return PyVerdict.Capability(context, graph, hits, "");
        }

        if (issued.Count + accepted.Count > 0)
        {
            var half = issued.Count > 0 ? issued[0] : accepted[0];
            var missing = issued.Count > 0 ? "nothing accepts a reset token (no reset-password route or view, no lookup by reset token)" : "nothing issues a reset (no forgot-password route or view, no reset token generated)";
            return [context.AtOffset(Outcome.Inconclusive, half.Doc, half.Offset, $"one half of a password reset found here ({half.What}), but {missing} that this probe recognises")];
        }

        // Both sides only in modules nothing imports is a reset left out; one side there could be anything.
        if (sides.Exists(s => s.Accepts) && sides.Exists(s => !s.Accepts))
        {
            return PyVerdict.Capability(context, graph, [.. sides.Select(s => s.Hit).DistinctBy(h => h.Doc.Path)], "");
        }

        if (sides.Count > 0)
        {
            var one = sides[0].Hit;
            return [context.AtOffset(Outcome.Inconclusive, one.Doc, one.Offset, $"{one.What} in a module no app entry imports, and no other part of a reset was found")];
        }

        if (PySignIn.HostedProvider(graph, docs) is { } hosted)
        {
            return [context.NotApplicable($"{hosted.What} ({hosted.Doc.Path}): the provider runs password reset")];
        }

        if (PySignIn.NotOwnSignIn(context, graph, docs, "password reset", out var own) is { } notOwn)
        {
            return [notOwn];
        }

        var named = docs.Where(d => IgnoreCaseSearch.Contains(d.Content, "password")).SelectMany(d => PasswordResetNames.Named().Matches(d.Content).Where(m => d.Regions.KindAt(m.Index) != RegionKind.Comment).Take(1).Select(m => new PyHit(d, m.Index, m.Value))).FirstOrDefault();
        if (named is not null)
        {
            return [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, "code names a password reset, but no reset flow this probe recognises was found")];
        }

        var users = own.Where(h => !h.What.Contains("admin.site.urls", StringComparison.Ordinal)).ToList();
        return users.Count == 0
            ? [context.AtOffset(Outcome.Inconclusive, own[0].Doc, own[0].Offset, "only the Django admin site signs users in, so whether users need a password reset cannot be told")]
            : [.. users.Take(3).Select(h => context.Fail(h.Doc, h.Offset,
                $"{h.What}, and no password reset exists: no route, view or function names a forgotten or reset password (searched {docs.Count} Python module(s))"))];
    }

    private static IEnumerable<(bool Accepts, PyHit Hit)> Sides(SourceDocument doc)
    {
        if (!IgnoreCaseSearch.Contains(doc.Content, "reset") && !IgnoreCaseSearch.Contains(doc.Content, "forgot") && !IgnoreCaseSearch.Contains(doc.Content, "recover"))
        {
            yield break;
        }

        foreach (var m in PyCode.MatchesOutsideComments(doc, PasswordResetNames.Route(), "").Where(m => doc.Regions.KindAt(m.Index) == RegionKind.String))
        {
            var accepts = m.Groups["accept"].Success;
            yield return (accepts, new PyHit(doc, m.Index, $"a {(accepts ? "reset-password" : "forgot-password")} route ({Snippet.Of(m.Value, 60)})"));
        }

        foreach (var m in PyCode.Matches(doc, Code(), ""))
        {
            var accepts = m.Groups["accept"].Success;
            yield return (accepts, new PyHit(doc, m.Index, $"{(accepts ? "a reset accepted" : "a reset requested")} ({Snippet.Of(m.Value.TrimEnd('(', ' ', '\t'), 60)})"));
        }
    }

    // include("django.contrib.auth.urls"), path("auth/", include("djoser.urls")), SECURITY_RECOVERABLE = True,
    // app.config["SECURITY_RECOVERABLE"] = True, fastapi_users.get_reset_password_router().
    [GeneratedRegex(
        @"['""](?:django\.contrib\.auth|allauth|dj_rest_auth|rest_auth|djoser)\.urls['""]|\bSECURITY_RECOVERABLE(?:['""]\])?[ \t]*=[ \t]*True\b|\bget_reset_password_router[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FrameworkCompiled();
    private static Regex Framework() => LinearRegex.Pick(FrameworkCompiled());

    // Request side: PasswordResetView, def forgot_password, reset_token = secrets.token_urlsafe(). Accepting side:
    // PasswordResetConfirmView, def reset_password, User.query.filter_by(reset_token=...), User.reset_token == token.
    [GeneratedRegex(
        @"(?<accept>\bPasswordResetConfirmView\b|\bdef[ \t]+(?:reset_password|password_reset_confirm|reset_password_confirm|set_new_password)\w*[ \t]*\(|\b(?:filter_by|filter|get|find_one|get_or_none)[ \t]*\([^)\n]{0,120}\b\w*(?:reset|recover)\w*token|\b\w*(?:reset|recover)\w*token\w*[ \t]*==)" +
        @"|\bPasswordResetView\b|\bdef[ \t]+(?:forgot_password|request_password_reset|password_reset_request|forgot)\w*[ \t]*\(|\b\w*(?:reset|recover)\w*token\w*[ \t]*=[^=]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CodeCompiled();
    private static Regex Code() => LinearRegex.Pick(CodeCompiled());
}
