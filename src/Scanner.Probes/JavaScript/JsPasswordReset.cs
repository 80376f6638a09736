using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Users who forgot their password can reset it, in wired-in code: a provider's reset call (Supabase
/// <c>resetPasswordForEmail</c>, Firebase <c>sendPasswordResetEmail</c> or <c>generatePasswordResetLink</c>, Better
/// Auth's <c>requestPasswordReset</c>), or the app's own pair of a request side (a forgot-password route, page or
/// handler, a reset token issued) and an accepting side (a reset-password route, page or handler, a lookup by reset
/// token). Both sides only in code nothing runs fail as not wired in; one side there is undecided. An app that checks
/// passwords itself and whose code names no password reset anywhere fails (closed world); one half, or code that names
/// a reset otherwise, is undecided. Sign-in left to a hosted provider's pages (Clerk, Auth0) is not applicable: the
/// provider runs the reset; one built on Firebase or Supabase without a reset call is undecided; no sign-in of its own
/// is not applicable.
/// </summary>
public sealed partial class JsPasswordReset : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var product = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        var hosted = product.SelectMany(d => HostedCalls(graph, d)).ToList();
        var sides = product.SelectMany(Sides).ToList();
        var issued = sides.Where(s => !s.Accepts && graph.IsWired(s.Evidence.Doc.Path)).Select(s => s.Evidence).ToList();
        var accepted = sides.Where(s => s.Accepts && graph.IsWired(s.Evidence.Doc.Path)).Select(s => s.Evidence).ToList();
        var pair = issued.Count > 0 && accepted.Count > 0 ? issued.Take(1).Concat(accepted.Take(3)) : [];
        var judged = Wiring.Judge(context, graph, hosted.Concat(pair), "password reset");
        if (judged.Count > 0 && (judged.Exists(f => f.Outcome == Outcome.Pass) || pair.Any() || issued.Count + accepted.Count == 0))
        {
            return judged;
        }

        if (issued.Count + accepted.Count > 0)
        {
            var half = issued.Count > 0 ? issued[0] : accepted[0];
            var missing = issued.Count > 0 ? "nothing accepts a reset token (no reset-password route or page, no lookup by reset token)" : "nothing issues a reset (no forgot-password route or page, no reset token generated)";
            return [context.AtOffset(Outcome.Inconclusive, half.Doc, half.Offset, $"one half of a password reset found here ({half.What}), but {missing} that this probe recognises")];
        }

        // Both sides only in code nothing runs is a reset left out; one side there (a name in a framework's config
        // file, which the framework loads by convention) could be anything.
        if (sides.Exists(s => s.Accepts) && sides.Exists(s => !s.Accepts))
        {
            return Wiring.Judge(context, graph, sides.Select(s => s.Evidence).DistinctBy(e => e.Doc.Path), "password reset");
        }

        if (sides.Count > 0)
        {
            var one = sides[0].Evidence;
            return [context.AtOffset(Outcome.Inconclusive, one.Doc, one.Offset, $"{one.What} in code no entry point reaches ({graph.Explain(one.Doc.Path)}), and no other part of a reset was found")];
        }

        if (JsSignIn.HostedProvider(graph) is { } provider)
        {
            var ownPages = provider.What.Contains("firebase", StringComparison.Ordinal) || provider.What.Contains("supabase", StringComparison.Ordinal);
            return ownPages
                ? [context.AtOffset(Outcome.Inconclusive, provider.Doc, provider.Offset, $"{provider.What}, whose reset e-mail the app must request itself, and no reset call was found")]
                : [context.NotApplicable($"{provider.What} ({provider.Doc.Path}): the provider's own sign-in pages run password reset")];
        }

        if (JsSignIn.NotOwnSignIn(context, graph, "password reset", out var own) is { } notOwn)
        {
            return [notOwn];
        }

        var named = product.Where(d => IgnoreCaseSearch.Contains(d.Content, "password")).SelectMany(d => PasswordResetNames.Named().Matches(d.Content).Where(m => d.Regions.KindAt(m.Index) != RegionKind.Comment).Take(1).Select(m => new JsEvidence(d, m.Index, m.Value))).FirstOrDefault();
        return named is not null
            ? [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, "code names a password reset, but no reset flow this probe recognises was found")]
            : [.. own.Take(3).Select(e => context.Fail(e.Doc, e.Offset,
                $"{e.What}, and no password reset exists: no route, page, handler or function names a forgotten or reset password (searched {product.Count} module(s))"))];
    }

    private static IEnumerable<JsEvidence> HostedCalls(ModuleGraph graph, SourceDocument doc)
    {
        var firebase = graph.ImportsOf(doc.Path).Any(i => i.Import.Specifier is "firebase/auth" or "firebase-admin/auth" or "firebase-admin");
        return JsCode.Matches(doc, Hosted(), "assword").Where(m => firebase || !m.Value.StartsWith("sendPasswordResetEmail", StringComparison.Ordinal))
            .Select(m => new JsEvidence(doc, m.Index, $"the identity provider sends and redeems the reset link ({Snippet.Of(m.Value.TrimEnd('(', ' '), 60)})"));
    }

    private static IEnumerable<(bool Accepts, JsEvidence Evidence)> Sides(SourceDocument doc)
    {
        if (PasswordResetNames.PathSide(doc.Path) is { } side)
        {
            yield return (side, new JsEvidence(doc, 0, $"a {(side ? "reset-password" : "forgot-password")} route or page ({doc.Path})"));
        }

        // In browser code a path is a link or a fetch to a route that may not exist; its page counts by its file name.
        foreach (var m in JsCode.IsBrowserCode(doc) ? [] : JsCode.LiteralMatches(doc, PasswordResetNames.Route(), "assword"))
        {
            var accepts = m.Groups["accept"].Success;
            yield return (accepts, new JsEvidence(doc, m.Index, $"a {(accepts ? "reset-password" : "forgot-password")} route ({Snippet.Of(m.Value, 60)})"));
        }

        foreach (var m in JsCode.IsBrowserCode(doc) ? [] : JsCode.Matches(doc, Handler(), "assword"))
        {
            var accepts = m.Groups["accept"].Success;
            yield return (accepts, new JsEvidence(doc, m.Index, $"a {(accepts ? "reset-password" : "forgot-password")} handler ({m.Value})"));
        }

        foreach (var m in JsCode.Matches(doc, Token(), "oken"))
        {
            var accepts = m.Groups["lookup"].Success;
            yield return (accepts, new JsEvidence(doc, m.Index, accepts ? $"a reset token looked up ({Snippet.Of(m.Value, 60)})" : $"a reset token issued ({Snippet.Of(m.Value, 60)})"));
        }
    }

    // supabase.auth.resetPasswordForEmail(...), admin.auth().generatePasswordResetLink(...), sendPasswordResetEmail(auth, ...)
    // from firebase/auth, authClient.requestPasswordReset(...) / forgetPassword(...) from Better Auth.
    [GeneratedRegex(@"\b(?:resetPasswordForEmail|generatePasswordResetLink|sendPasswordResetEmail)\s*\(|\b(?:authClient|auth\s*\.\s*api)\s*\.\s*(?:requestPasswordReset|forgetPassword)\s*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HostedCompiled();
    private static Regex Hosted() => LinearRegex.Pick(HostedCompiled());

    // resetToken = randomBytes(...), passwordResetToken: hash, resetPasswordToken.create(...); where: { resetToken: ... } and
    // findOne({ passwordResetToken }) look one up.
    [GeneratedRegex(
        @"(?<lookup>\b(?:where|findOne|findFirst|findUnique|findBy)\w*\s*(?::|\()\s*\{[^}\n]{0,120}\b\w*(?:[Rr]eset|[Rr]ecover)\w*[Tt]oken)|\b\w*(?:[Rr]eset|[Rr]ecover)\w*[Tt]oken\w*\s*(?::|=[^=>]|\.\s*create\s*\()",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TokenCompiled();
    private static Regex Token() => LinearRegex.Pick(TokenCompiled());

    // Server handlers and service methods named for either side: requestPasswordReset(...), this.resetPassword.bind(this).
    [GeneratedRegex(@"\b(?:(?<request>forgotPassword|requestPasswordReset|sendPasswordResetEmail|passwordResetRequest|forgotPasswordHandler)|(?<accept>resetPassword|confirmPasswordReset|passwordResetConfirm|resetPasswordHandler))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Handler();
}
