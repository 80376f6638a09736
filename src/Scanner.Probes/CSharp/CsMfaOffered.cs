using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// A second factor is checked: ASP.NET Identity's two-factor sign-in and token APIs (<c>TwoFactorAuthenticatorSignInAsync</c>,
/// <c>VerifyTwoFactorTokenAsync</c>, recovery codes), Otp.NET's <c>VerifyTotp</c>, Fido2's <c>MakeAssertionAsync</c> in
/// the web app's code (controllers and pages are reached by routing), or <c>MapIdentityApi</c> at startup, whose
/// endpoints include two-factor sign-in. With none, an app that signs users in with local passwords fails (closed world);
/// sign-in through an identity provider, Identity's default UI (whose 2FA pages users switch on themselves) or code
/// that names a second factor otherwise is undecided; no local sign-in is not applicable.
/// </summary>
public sealed class CsMfaOffered : IProbe
{
    private static readonly string[] Verifiers =
    [
        "TwoFactorAuthenticatorSignInAsync", "TwoFactorSignInAsync", "TwoFactorRecoveryCodeSignInAsync", "VerifyTwoFactorTokenAsync",
        "RedeemTwoFactorRecoveryCodeAsync", "VerifyTotp", "MakeAssertionAsync",
    ];

    private static readonly string[] OwnSignIn = ["PasswordSignInAsync", "CheckPasswordSignInAsync", "CheckPasswordAsync", "VerifyHashedPassword", "Verify", "EnhancedVerify"];

    private static readonly string[] Providers = ["AddOpenIdConnect", "AddMicrosoftIdentityWebApp", "AddMicrosoftIdentityWebAppAuthentication", "AddAuth0WebAppAuthentication", "AddKeycloakWebApp", "AddOktaMvc"];

    private static readonly string[] FactorWords = ["TwoFactor", "Totp", "Mfa", "Fido2"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var checks = app.Anywhere(Verifiers).Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        if (checks.Count > 0)
        {
            return [.. checks.Select(c => context.Pass(c.Doc, c.Offset, $"second factor verified: {c.Name}() in {CsVerdict.Where(c.Node)}"))];
        }

        if (app.Reached("MapIdentityApi") is [var api, ..])
        {
            return [context.Pass(api.Doc, api.Offset, "MapIdentityApi() serves /manage/2fa and two-factor sign-in")];
        }

        if (app.Anywhere(Providers).Where(app.IsReachable).FirstOrDefault() is { } provider)
        {
            return [context.AtOffset(Outcome.Inconclusive, provider.Doc, provider.Offset, $"sign-in is delegated to an identity provider ({provider.Name}): MFA is switched on in its settings, outside the code")];
        }

        if (app.Reached("AddDefaultIdentity", "AddDefaultUI") is [var ui, ..])
        {
            return [context.AtOffset(Outcome.Inconclusive, ui.Doc, ui.Offset, $"{ui.Name}() serves Identity's default pages, which let each user switch on an authenticator app; whether staff must is not in the code")];
        }

        var own = app.Anywhere(OwnSignIn).Where(c => c.Name != "Verify" && c.Name != "EnhancedVerify" || c.Node.Expression.ToString().Contains("BCrypt", StringComparison.Ordinal)).ToList();
        if (own.Count == 0)
        {
            return [context.NotApplicable("the app has no local password sign-in (no PasswordSignInAsync, CheckPasswordAsync or password hash verify)")];
        }

        if (CsWords.First(app.WebFiles, FactorWords) is ({ } doc, var at))
        {
            return [context.AtOffset(Outcome.Inconclusive, doc, at, "code names a second factor (TwoFactor, TOTP, MFA), but no verification this probe recognises was found")];
        }

        return [.. own.Take(3).Select(c => context.Fail(c.Doc, c.Offset,
            $"local password sign-in ({c.Name}() in {CsVerdict.Where(c.Node)}), and no second factor is verified anywhere (searched {app.WebFiles.Count} C# file(s) of the web app for Identity's two-factor APIs, Otp.NET and Fido2)"))];
    }
}
