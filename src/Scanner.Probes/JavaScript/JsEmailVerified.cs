using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// E-mail addresses are verified: an Auth.js e-mail provider (sign-in by link proves the address), Firebase's
/// <c>sendEmailVerification</c>, or the app's own pair of a verification token issued and a handler that marks the
/// address verified, in wired-in code. Only in unwired code it fails as not wired in. An app that registers users
/// with an e-mail and has neither fails (closed world); a hosted provider, one half of the pair, or code that names
/// verification otherwise is undecided; no registration is not applicable.
/// </summary>
public sealed partial class JsEmailVerified : IProbe
{
    private static readonly string[] EmailProviders = ["/providers/email", "/providers/nodemailer", "/providers/resend", "/providers/sendgrid", "/providers/postmark", "/providers/forwardemail"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var product = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        var providers = product.SelectMany(d => graph.ImportsOf(d.Path).Select(i => i.Import)
                .Where(i => !i.TypeOnly && EmailProviders.Any(p => i.Specifier.EndsWith(p, StringComparison.Ordinal)))
                .Select(i => new JsEvidence(d, i.Offset, $"sign-in by e-mail link verifies the address ({i.Specifier})")))
            .Concat(product.SelectMany(d => JsCode.Matches(d, Firebase(), "sendEmailVerification").Select(m => new JsEvidence(d, m.Index, "verification e-mail sent (sendEmailVerification)"))));
        var confirms = product.SelectMany(d => JsCode.Matches(d, Confirm(), "erif").Concat(JsCode.Matches(d, Confirm(), "onfirm")).DistinctBy(m => m.Index)
            .Select(m => new JsEvidence(d, m.Index, $"address marked verified ({Snippet.Of(m.Value, 60)})"))).ToList();
        var issued = product.Where(d => graph.IsWired(d.Path)).SelectMany(d => JsCode.Matches(d, Issue(), "oken").Take(1).Select(m => new JsEvidence(d, m.Index, m.Value))).FirstOrDefault();
        var judged = Wiring.Judge(context, graph, issued is null ? providers : providers.Concat(confirms), "e-mail verification");
        if (judged.Count > 0)
        {
            return judged;
        }

        if (JsSignIn.HostedProvider(graph) is { } hosted)
        {
            return [context.AtOffset(Outcome.Inconclusive, hosted.Doc, hosted.Offset, $"{hosted.What}: whether addresses must be confirmed is a setting of the provider")];
        }

        if (issued is not null || confirms.Count > 0)
        {
            var half = issued ?? confirms[0];
            var missing = issued is null ? "no verification token is issued" : "no handler marks the address verified";
            return [context.AtOffset(Outcome.Inconclusive, half.Doc, half.Offset, $"one half of e-mail verification found here, but {missing} that this probe recognises")];
        }

        var signUps = JsSignIn.SignUps(graph).Where(e => context.Card.Files.Matches(e.Doc.Path)).ToList();
        if (signUps.Count == 0)
        {
            return [context.NotApplicable("the app does not register users with an e-mail address")];
        }

        var named = product.Where(d => graph.IsWired(d.Path)).SelectMany(d => JsCode.Matches(d, Named(), "").Take(1).Select(m => new JsEvidence(d, m.Index, m.Value))).FirstOrDefault();
        return named is not null
            ? [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, "code names e-mail verification or confirmation, but no token and confirming handler this probe recognises were found")]
            : [.. signUps.Take(3).Select(e => context.Fail(e.Doc, e.Offset,
                $"{e.What}, and nothing verifies the address: no verification token, confirming handler, e-mail sign-in provider or sendEmailVerification (searched {graph.WiredModules().Count()} wired-in module(s))"))];
    }

    [GeneratedRegex(@"\bsendEmailVerification\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FirebaseCompiled();
    private static Regex Firebase() => LinearRegex.Pick(FirebaseCompiled());

    // emailVerified: new Date(), isVerified = true, email_verified: true, emailConfirmed: true.
    [GeneratedRegex(
        @"\b(?:emailVerified|email_verified|isEmailVerified|is_email_verified|isVerified|is_verified|verified|emailConfirmed|email_confirmed|isConfirmed|confirmed)\s*[:=]\s*(?:true\b|new\s+Date\s*\(|Date\.now\s*\(|now\s*\(|sql`now)",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConfirmCompiled();
    private static Regex Confirm() => LinearRegex.Pick(ConfirmCompiled());

    // verificationToken = randomBytes(...), emailConfirmToken: nanoid(), prisma.verificationToken.create(...).
    [GeneratedRegex(@"\b\w*(?:[Vv]erif|[Cc]onfirm|[Aa]ctivat)\w*[Tt]oken\w*\s*(?::|=[^=]|\.\s*create\s*\()", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex IssueCompiled();
    private static Regex Issue() => LinearRegex.Pick(IssueCompiled());

    [GeneratedRegex(@"(?i:verif|confirm)\w{0,20}(?i:email)|(?i:email)\w{0,20}(?i:verif|confirm)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
