using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Sign-in goes through an identity provider registered at startup: <c>AddGoogle</c>, <c>AddMicrosoftAccount</c>,
/// <c>AddGitHub</c>, <c>AddOpenIdConnect</c>, <c>AddOAuth</c>, Microsoft.Identity.Web's <c>AddMicrosoftIdentityWebApp</c>,
/// Auth0. ASP.NET Identity with only local accounts fails; with neither it is undecided.
/// </summary>
public sealed class CsOauthSignIn : IProbe
{
    private static readonly string[] Providers =
    [
        "AddGoogle", "AddMicrosoftAccount", "AddFacebook", "AddTwitter", "AddGitHub", "AddOpenIdConnect", "AddOAuth",
        "AddMicrosoftIdentityWebApp", "AddMicrosoftIdentityWebAppAuthentication", "AddAuth0WebAppAuthentication", "AddKeycloakWebApp",
        "AddAppleId", "AddLinkedIn", "AddDiscord", "AddGitLab", "AddOkta", "AddOktaMvc",
    ];

    private static readonly string[] LocalAccounts = ["AddDefaultIdentity", "AddIdentity", "AddIdentityApiEndpoints"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var providers = app.Anywhere(Providers).Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        if (providers.Count > 0)
        {
            return CsVerdict.Capability(context, app, providers, "identity provider sign-in", "");
        }

        var local = app.Anywhere(LocalAccounts).Where(app.IsReachable).ToList();
        return local.Count > 0
            ? [.. local.Select(c => context.Fail(c.Doc, c.Offset, $"{c.Name}() keeps local password accounts and no external identity provider (AddGoogle, AddOpenIdConnect, AddMicrosoftIdentityWebApp ...) is registered"))]
            : [context.Inconclusive("no identity provider and no ASP.NET Identity accounts registered; sign-in set up outside the app cannot be seen")];
    }
}
