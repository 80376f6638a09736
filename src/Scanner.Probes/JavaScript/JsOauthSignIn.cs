using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Sign-in goes through an identity provider in wired-in code: an Auth.js/NextAuth provider other than Credentials
/// or e-mail, a passport OAuth/OpenID strategy, openid-client discovery, arctic, Auth0, Supabase
/// <c>signInWithOAuth</c> or a Firebase OAuth provider. NextAuth or passport with only a password strategy fails;
/// with no sign-in code recognised it is undecided.
/// </summary>
public sealed partial class JsOauthSignIn : IProbe
{
    private static readonly string[] ProviderPrefixes = ["next-auth/providers/", "@auth/core/providers/", "@auth/sveltekit/providers/"];

    private static readonly HashSet<string> NotOauth = new(StringComparer.Ordinal) { "credentials", "email", "nodemailer", "resend", "sendgrid", "passkey", "webauthn", "postmark", "forwardemail" };

    private static readonly HashSet<string> Strategies = new(StringComparer.Ordinal)
    {
        "passport-google-oauth20", "passport-google-oauth2", "passport-google-oauth", "passport-github2", "passport-github", "passport-facebook",
        "passport-twitter", "passport-oauth2", "passport-openidconnect", "passport-azure-ad", "passport-auth0", "passport-discord",
        "passport-microsoft", "passport-apple", "passport-linkedin-oauth2", "passport-gitlab2", "@node-saml/passport-saml", "arctic",
        "@auth0/auth0-react", "@auth0/nextjs-auth0", "express-openid-connect", "openid-client",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "discover", "discovery", "auth", "initAuth0", "handleAuth" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NothingRuns(context, graph, servers, "no wired-in server, Next.js app or browser entry that signs users in") is { } none)
        {
            return [none];
        }

        var findings = Wiring.Judge(context, graph, Evidence(graph), "OAuth/OIDC sign-in");
        if (findings.Count > 0)
        {
            return findings;
        }

        var passwordOnly = graph.Modules.Where(d => graph.IsWired(d.Path) && context.Card.Files.Matches(d.Path))
            .SelectMany(d => graph.ImportsOf(d.Path).Where(i => i.Import.Specifier.EndsWith("/providers/credentials", StringComparison.Ordinal) || i.Import.Specifier == "passport-local")
                .Select(i => context.Fail(d, i.Import.Offset, $"sign-in is by password only ({i.Import.Specifier}); no OAuth or OpenID Connect provider is configured")))
            .ToList();
        return passwordOnly.Count > 0
            ? passwordOnly
            : [context.Inconclusive("no OAuth/OIDC provider and no password-only sign-in recognised; an identity provider set up outside the code (a gateway, a hosted login) cannot be seen")];
    }

    private static IEnumerable<JsEvidence> Evidence(ModuleGraph graph)
    {
        foreach (var doc in graph.Modules)
        {
            foreach (var import in graph.ImportsOf(doc.Path).Select(i => i.Import).Where(i => !i.TypeOnly))
            {
                var prefix = ProviderPrefixes.FirstOrDefault(p => import.Specifier.StartsWith(p, StringComparison.Ordinal));
                if (prefix is not null && !NotOauth.Contains(import.Specifier[prefix.Length..]))
                {
                    yield return new JsEvidence(doc, import.Offset, $"identity provider configured ({import.Specifier})");
                }
            }

            // A provider class of the app's own (new TwitterProvider(...) posting to an API) is not Firebase's sign-in provider.
            foreach (var m in JsCode.Matches(doc, ClientCall(), "(").Where(m => m.Value.StartsWith('.') || doc.Content.Contains("firebase", StringComparison.Ordinal)))
            {
                yield return new JsEvidence(doc, m.Index, $"OAuth sign-in started ({m.Value.TrimEnd('(').Trim().TrimStart('.')})");
            }
        }

        foreach (var e in PackageCalls.Find(graph, Strategies, Members, bareCalls: true, "identity provider configured"))
        {
            yield return e;
        }
    }

    [GeneratedRegex(@"\.signInWithOAuth\s*\(|\bnew\s+(?:(?:Google|Github|GitHub|Facebook|Twitter|Microsoft|Apple)Auth|OAuth)Provider\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ClientCallCompiled();
    private static Regex ClientCall() => LinearRegex.Pick(ClientCallCompiled());
}
