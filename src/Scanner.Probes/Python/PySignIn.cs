using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Who signs users in to a Python web app: the app itself (a password checked against its hash, Django's
/// <c>authenticate</c>/<c>LoginView</c> or admin site, Flask-Login's <c>login_user</c>, the OAuth2 password form) or a
/// hosted identity provider (Auth0, Firebase, Cognito, Supabase, Clerk), whose settings decide MFA, lockout and
/// e-mail checks outside the code.
/// </summary>
internal static partial class PySignIn
{
    // A hosted provider is named on an import line: only the lines holding import or from are searched.
    private static readonly SearchValues<string> ImportWords = SearchValues.Create(["import", "from"], StringComparison.Ordinal);

    /// <summary>Places in app code where the app checks a password itself, in files that run (or might, with no entry known).</summary>
    public static List<PyHit> OwnPasswordChecks(PyGraph graph, IEnumerable<SourceDocument> docs) =>
    [
        .. docs.Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path))
            .SelectMany(d => PyCode.Matches(d, Check(), "").Where(m => !PyCode.OnImportLine(d, m.Index))
                .Select(m => new PyHit(d, m.Index, $"the app signs users in itself ({m.Value.TrimEnd('(', ' ', '\t')})"))),
    ];

    /// <summary>The first app module that uses a hosted identity provider's SDK, or null.</summary>
    public static PyHit? HostedProvider(PyGraph graph, IEnumerable<SourceDocument> docs) =>
        docs.Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path))
            .SelectMany(d => PyCode.MatchesOnLinesWith(d, Hosted(), ImportWords).Take(1).Select(m => new PyHit(d, m.Index, $"sign-in is delegated to a hosted identity provider ({m.Value.Trim()})")))
            .FirstOrDefault();

    /// <summary>
    /// Why an account feature (MFA, lockout) cannot be held to the app's own code: sign-in delegated to a hosted
    /// provider (undecided) or no sign-in of its own (not applicable). Null when the app signs users in itself; those
    /// places are in <paramref name="own"/>.
    /// </summary>
    public static Finding? NotOwnSignIn(ProbeContext context, PyGraph graph, IReadOnlyList<SourceDocument> docs, string feature, out List<PyHit> own)
    {
        own = [];
        if (HostedProvider(graph, docs) is { } hosted)
        {
            return context.AtOffset(Outcome.Inconclusive, hosted.Doc, hosted.Offset, $"{hosted.What}: {feature} is the provider's, set outside the code");
        }

        own = OwnPasswordChecks(graph, docs);
        return own.Count > 0 ? null : context.NotApplicable("the app has no sign-in of its own (no password check, login view or admin site)");
    }

    /// <summary>Routes in app code that register users with an e-mail: a sign-up or register path in a module that reads an e-mail and creates a user.</summary>
    public static List<PyHit> SignUps(PyGraph graph, IEnumerable<SourceDocument> docs) =>
    [
        .. docs.Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path) && d.Content.Contains("email", StringComparison.Ordinal) && PyCode.Matches(d, CreateUser(), "(").Count > 0)
            .SelectMany(d => PyCode.MatchesOutsideComments(d, SignUpRoute(), "").Where(m => d.Regions.KindAt(m.Index) == RegionKind.String).Take(1)
                .Select(m => new PyHit(d, m.Index, $"users register with an e-mail address ({m.Value})"))),
    ];

    // check_password_hash(...), user.check_password(...), bcrypt.checkpw(...), pwd_context.verify(...), verify_password(...),
    // authenticate(request, ...), login_user(...), LoginView, admin.site.urls, OAuth2PasswordRequestForm.
    [GeneratedRegex(
        @"\b(?:check_password_hash|check_password|checkpw|verify_password|authenticate|login_user)[ \t]*\(|\b(?:pwd_context|password_context|crypt_context|PasswordHasher\(\))\.verify[ \t]*\(|\b(?:LoginView|OAuth2PasswordRequestForm)\b|\badmin\.site\.urls\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CheckCompiled();
    private static Regex Check() => LinearRegex.Pick(CheckCompiled());

    [GeneratedRegex(
        @"^[ \t]*(?:from|import)[ \t]+(?:auth0|firebase_admin\.auth|supabase|clerk_backend_api|fastapi_cloudauth|pycognito|django_cognito_jwt|keycloak|fief_client|descope|stytch|workos)\b|\bfrom[ \t]+firebase_admin[ \t]+import[ \t]+[^\n]{0,80}\bauth\b",
        RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HostedCompiled();
    private static Regex Hosted() => LinearRegex.Pick(HostedCompiled());

    [GeneratedRegex(@"/(?:[\w-]{1,40}/){0,4}(?:register|signup|sign-up|sign_up)/?(?=['""])", RegexOptions.CultureInvariant)]
    private static partial Regex SignUpRoute();

    // User.objects.create_user(...), User(email=...), session.add(user), await users.insert_one(...), user_manager.create(...).
    [GeneratedRegex(@"\b(?:create_user|create|insert_one|add|save)[ \t]*\(|\bUser[ \t]*\([^)\n]{0,200}\bemail\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CreateUserCompiled();
    private static Regex CreateUser() => LinearRegex.Pick(CreateUserCompiled());
}
