using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A second factor is checked in wired-in code: a TOTP/HOTP verify (otplib, speakeasy, otpauth, node-2fa), a WebAuthn
/// assertion verified (@simplewebauthn/server, fido2-lib), Supabase's <c>auth.mfa.verify</c> or a Firebase
/// multi-factor generator. One only in code nothing runs fails as not wired in. With none, an app that checks
/// passwords itself fails (closed world, with what was searched); sign-in delegated to a hosted provider, or code
/// that names MFA in a way not recognised, is undecided; an app with no sign-in of its own is not applicable.
/// </summary>
public sealed partial class JsMfaOffered : IProbe
{
    private static readonly HashSet<string> Packages = new(StringComparer.Ordinal)
    {
        "otplib", "@otplib/core", "@otplib/preset-default", "speakeasy", "@levminer/speakeasy", "otpauth", "node-2fa", "notp", "totp-generator",
        "@simplewebauthn/server", "fido2-lib", "@passwordless-id/webauthn", "@github/webauthn-json",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var product = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        var checks = product.Where(d => JsPackages.Uses(graph, d.Path, Packages)).SelectMany(d => Verifications(graph, d))
            .Concat(product.SelectMany(d => JsCode.Matches(d, HostedFactor(), "ultiFactor").Concat(JsCode.Matches(d, HostedFactor(), "mfa")).DistinctBy(m => m.Index)
                .Select(m => new JsEvidence(d, m.Index, $"second factor verified ({Snippet.Of(m.Value.TrimEnd('('), 60)})"))));
        var judged = Wiring.Judge(context, graph, checks, "MFA verification");
        if (judged.Count > 0)
        {
            return judged;
        }

        if (JsSignIn.NotOwnSignIn(context, graph, "MFA", out var own) is { } notOwn)
        {
            return [notOwn];
        }

        var named = product.Where(d => graph.IsWired(d.Path)).SelectMany(d => JsCode.Matches(d, Named(), "").Take(1).Select(m => (Doc: d, m.Index))).FirstOrDefault();
        if (named.Doc is not null)
        {
            return [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Index, "code names a second factor (TOTP, OTP, 2FA, MFA), but no verification this probe recognises was found")];
        }

        var where = $"searched {graph.WiredModules().Count()} wired-in module(s) for otplib, speakeasy, otpauth, WebAuthn and hosted MFA calls";
        return [.. own.Take(3).Select(e => context.Fail(e.Doc, e.Offset, $"{e.What}, and no second factor (TOTP, WebAuthn, OTP) is verified anywhere ({where})"))];
    }

    // A verify call counts on a name bound to an OTP/WebAuthn package or named for one (totp, authenticator): the same
    // file may well call argon2.verify or jwt.verify.
    private static IEnumerable<JsEvidence> Verifications(ModuleGraph graph, SourceDocument doc)
    {
        var names = JsPackages.NamesIn(graph, doc.Path, Packages);
        return JsCode.Matches(doc, Verify(), "(")
            .Where(m => m.Groups["recv"].Success ? names.Contains(m.Groups["recv"].Value) || FactorName().IsMatch(m.Groups["recv"].Value)
                : !m.Groups["bare"].Success || names.Contains(m.Groups["bare"].Value))
            .Select(m => new JsEvidence(doc, m.Index, $"second factor verified ({Snippet.Of(m.Value.TrimEnd('(').Trim(), 60)})"));
    }

    // authenticator.verify({ token, secret }), totp.check(...), speakeasy.totp.verify(...), TOTP.validate(...),
    // verifyAuthenticationResponse(...), f2l.assertionResult(...), verify(...) / verifySync(...) from otplib v13.
    [GeneratedRegex(
        @"\b(?<recv>[A-Za-z_$][\w$]*)\s*\.\s*(?:verify|verifySync|check|validate|verifyToken|verifyDelta|assertionResult)\s*\(|\bverify(?:Authentication|Registration)Response\s*\(|(?:^|[^\w$.])(?<bare>verify(?:Sync|Token)?)\s*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex VerifyCompiled();
    private static Regex Verify() => LinearRegex.Pick(VerifyCompiled());

    // supabase.auth.mfa.verify(...) / challengeAndVerify(...), Firebase's multiFactor(user) with a TOTP or phone generator.
    [GeneratedRegex(
        @"\.\s*mfa\s*\.\s*(?:verify|challengeAndVerify)\s*\(|\b(?:TotpMultiFactorGenerator|PhoneMultiFactorGenerator)\s*\.\s*assertion\w*\s*\(|\bgetMultiFactorResolver\s*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HostedFactorCompiled();
    private static Regex HostedFactor() => LinearRegex.Pick(HostedFactorCompiled());

    [GeneratedRegex(@"otp|OTP|Otp|authenticator|Authenticator|webauthn|WebAuthn|f2l|fido", RegexOptions.CultureInvariant)]
    private static partial Regex FactorName();

    // checkOtp, totpSecret, TwoFactorForm, mfaEnabled, usePasskey: camel-case pieces of an identifier.
    [GeneratedRegex(@"(?:\b|[a-z0-9_$])(?:Otp|OTP|Totp|TOTP|Mfa|MFA|TwoFactor|WebAuthn|Passkey|2FA)|\b(?:otp|totp|mfa|twoFactor|two_factor|webauthn|passkey|2fa)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
