using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Sign-in goes through an identity provider in code the app runs: Authlib (<c>oauth.register</c>,
/// <c>authorize_redirect</c>), django-allauth social providers, python-social-auth backends, Flask-Dance blueprints,
/// fastapi-sso, mozilla-django-oidc, MSAL's auth code flow or python-keycloak. FastAPI's
/// <c>OAuth2PasswordRequestForm</c> is the password grant against the app itself, not a provider: never a pass.
/// </summary>
public sealed partial class PyOauthSignIn : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = new List<PyHit>();
        var passwordFlow = new List<PyHit>();
        foreach (var doc in PyCode.Documents(context, graph))
        {
            hits.AddRange(PyCode.Matches(doc, Call(), "(")
                .Where(m => m.Groups["call"].Value switch
                {
                    ".register" => doc.Content.Contains("authlib", StringComparison.Ordinal),
                    ".authorization_url" => doc.Content.Contains("OAuth2Session", StringComparison.Ordinal),
                    _ => true,
                })
                .Select(m => new PyHit(doc, m.Index, $"identity provider configured ({m.Groups["call"].Value.TrimStart('.')})")));
            hits.AddRange(PyCode.MatchesOutsideComments(doc, Setting(), "_")
                .Select(m => new PyHit(doc, m.Index, $"identity provider configured ({m.Value.Trim('"', '\'')})")));
            passwordFlow.AddRange(PyCode.Matches(doc, PasswordForm(), "OAuth2Password").Select(m => new PyHit(doc, m.Index, m.Value)));
        }

        if (hits.Count > 0)
        {
            return PyVerdict.Capability(context, graph, hits, "");
        }

        return passwordFlow.Count > 0
            ? [context.AtOffset(Outcome.Inconclusive, passwordFlow[0].Doc, passwordFlow[0].Offset,
                $"{passwordFlow[0].What} is the OAuth2 password grant against this app, not sign-in through an identity provider; no provider recognised")]
            : [context.Inconclusive("no OAuth/OIDC provider recognised (Authlib, allauth, social-auth, Flask-Dance, fastapi-sso, OIDC clients); a provider set up outside the code cannot be seen")];
    }

    [GeneratedRegex(
        @"(?<call>\.register|\b(?:authorize_redirect|make_(?:google|github|facebook|twitter|azure|gitlab|discord|slack|okta)_blueprint|OAuth2ConsumerBlueprint|(?:Google|Github|GitHub|Microsoft|Facebook|Kakao|Naver|Gitlab|Linkedin|Twitter|Fitbit|Spotify|Notion|Yandex|Line|Generic)SSO|initiate_auth_code_flow|get_authorization_request_url|KeycloakOpenID)|\.authorization_url)[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());

    [GeneratedRegex(@"['""](?:allauth\.socialaccount\.providers\.\w+|social_core\.backends\.\w+\.\w+|mozilla_django_oidc(?:\.auth\.OIDCAuthenticationBackend)?)['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SettingCompiled();
    private static Regex Setting() => LinearRegex.Pick(SettingCompiled());

    [GeneratedRegex(@"\bOAuth2Password(?:RequestForm|Bearer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordForm();
}
