using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// A second factor is checked in a module the app entry reaches: pyotp's <c>verify</c>, django-otp or
/// django-two-factor-auth installed (or <c>@otp_required</c>), allauth's MFA app, a py_webauthn or fido2 assertion
/// verified. Only in modules nothing imports it fails as not wired in. With none, an app that signs users in itself
/// fails (closed world, with what was searched); sign-in delegated to a hosted provider, or code that names a second
/// factor in a way not recognised, is undecided; an app with no sign-in of its own is not applicable.
/// </summary>
public sealed partial class PyMfaOffered : IProbe
{
    // Every shape of Factor() names one of these: a file with none cannot match, so the regex (no literal prefix) skips it.
    private static readonly SearchValues<string> FactorWords =
        SearchValues.Create(["otp", "two_factor", "mfa", "verify_token", "authenticate_complete", "verify_authentication"], StringComparison.OrdinalIgnoreCase);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) || PyPaths.IsSetAside(d.Path)).ToList();
        var hits = docs.Where(d => d.Content.AsSpan().IndexOfAny(FactorWords) >= 0)
            .SelectMany(d => PyCode.MatchesOutsideComments(d, Factor(), "").Where(m => IsFactor(d, m))
            .Select(m => new PyHit(d, m.Index, $"second factor verified ({Snippet.Of(m.Value.Trim('"', '\'', '(', ' '), 60)})"))).ToList();
        if (hits.Count > 0)
        {
            return PyVerdict.Capability(context, graph, hits, "");
        }

        if (PySignIn.NotOwnSignIn(context, graph, docs, "MFA", out var own) is { } notOwn)
        {
            return [notOwn];
        }

        var named = docs.Where(d => PyPaths.IsAppCode(d.Path)).SelectMany(d => PyCode.Matches(d, Named(), "").Take(1).Select(m => new PyHit(d, m.Index, m.Value))).FirstOrDefault();
        if (named is not null)
        {
            return [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, "code names a second factor (TOTP, OTP, 2FA, MFA), but no verification this probe recognises was found")];
        }

        var searched = $"searched {docs.Count} Python module(s) for pyotp, django-otp, django-two-factor-auth, allauth MFA, WebAuthn and FIDO2";
        return [.. own.Take(3).Select(h => context.Fail(h.Doc, h.Offset, $"{h.What}, and no second factor (TOTP, WebAuthn, OTP) is verified anywhere ({searched})"))];
    }

    // Settings names count where they are strings, calls only in code.
    private static bool IsFactor(SourceDocument doc, Match m) =>
        m.Value[0] is '"' or '\'' || doc.Regions.KindAt(m.Index) == RegionKind.Code;

    // pyotp.TOTP(secret).verify(code), totp.verify(code), device.verify_token(token) (django-otp),
    // ["django_otp", "two_factor", "allauth.mfa"] in INSTALLED_APPS, @otp_required,
    // verify_authentication_response(...) (py_webauthn), server.authenticate_complete(...) (fido2). A bare
    // verify_token() is as often a JWT helper, so it needs a device or OTP receiver.
    [GeneratedRegex(
        @"\b\w*(?:totp|otp|TOTP|OTP|Totp|Otp)\w*(?:\([^()\n]{0,200}\))?\.verify[ \t]*\(|\b\w*(?:device|Device|otp|OTP)\w*\.verify_token[ \t]*\(" +
        @"|['""](?:django_otp|two_factor|allauth\.mfa)['""]|@otp_required\b|\b(?:verify_authentication_response|authenticate_complete)[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FactorCompiled();
    private static Regex Factor() => LinearRegex.Pick(FactorCompiled());

    // check_otp, totp_secret, TwoFactorForm, mfa_enabled: snake- and camel-case pieces of an identifier.
    [GeneratedRegex(@"(?:\b|_)(?:totp|otp|mfa|2fa|two_factor|webauthn|passkey)(?:\b|_)|TwoFactor|TOTP|OTP|MFA|WebAuthn|Passkey", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
