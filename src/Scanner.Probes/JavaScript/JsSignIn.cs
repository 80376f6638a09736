using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Who signs users in to a JS/TS app: the app itself (a password compared with its hash, an Auth.js Credentials
/// provider, passport-local) or a hosted identity provider (Clerk, Auth0, Firebase, Supabase, Kinde, WorkOS ...),
/// whose own settings decide MFA, lockout and e-mail checks where the code cannot see them.
/// </summary>
internal static partial class JsSignIn
{
    private static readonly HashSet<string> Verifiers = new(StringComparer.Ordinal) { "compare", "compareSync", "verify" };

    private static readonly HashSet<string> Hosted = new(StringComparer.Ordinal)
    {
        "@clerk/nextjs", "@clerk/clerk-react", "@clerk/express", "@clerk/clerk-sdk-node", "@clerk/remix", "@clerk/backend",
        "@auth0/nextjs-auth0", "@auth0/auth0-react", "@auth0/auth0-spa-js", "express-openid-connect", "@kinde-oss/kinde-auth-nextjs",
        "@workos-inc/authkit-nextjs", "@okta/okta-react", "@okta/oidc-middleware", "@stackframe/stack", "@aws-amplify/auth", "@supabase/auth-helpers-nextjs",
    };

    /// <summary>Wired-in server code that checks a password itself: a slow-hash compare, a Credentials provider, passport-local.</summary>
    public static List<JsEvidence> OwnPasswordChecks(ModuleGraph graph)
    {
        var compares = PackageCalls.Find(graph, JsPasswordHashing.Hashers, Verifiers, bareCalls: false, "the app checks passwords itself")
            .Concat(PackageCalls.Find(graph, JsPasswordHashing.Hashers, Verifiers, bareCalls: true, "the app checks passwords itself")
                .Where(e => Verifiers.Any(v => e.What.EndsWith($": {v})", StringComparison.Ordinal))));
        var strategies = graph.Modules.SelectMany(d => graph.ImportsOf(d.Path).Select(i => i.Import)
            .Where(i => !i.TypeOnly && (i.Specifier.EndsWith("/providers/credentials", StringComparison.Ordinal) || i.Specifier == "passport-local"))
            .Select(i => new JsEvidence(d, i.Offset, $"the app checks passwords itself ({i.Specifier})")));
        return [.. compares.Concat(strategies).Where(e => graph.IsWired(e.Doc.Path) && !CodeKinds.IsTest(e.Doc.Path)).DistinctBy(e => (e.Doc.Path, e.Offset))];
    }

    /// <summary>The first wired-in import of a hosted identity provider, Firebase Auth or Supabase Auth, or null.</summary>
    public static JsEvidence? HostedProvider(ModuleGraph graph)
    {
        foreach (var doc in graph.WiredModules().Where(d => !CodeKinds.IsTest(d.Path)))
        {
            foreach (var import in graph.ImportsOf(doc.Path).Select(i => i.Import).Where(i => !i.TypeOnly))
            {
                var package = JsImports.PackageOf(import.Specifier);
                var supabaseAuth = package.StartsWith("@supabase/", StringComparison.Ordinal) && doc.Content.Contains(".auth.", StringComparison.Ordinal);
                if (Hosted.Contains(package) || import.Specifier is "firebase/auth" or "firebase-admin/auth" || supabaseAuth)
                {
                    return new JsEvidence(doc, import.Offset, $"sign-in is delegated to a hosted identity provider ({import.Specifier})");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Why an account feature (MFA, lockout) cannot be held to the app's own code: sign-in delegated to a hosted
    /// provider, whose settings hold it (undecided), or no password check of its own (not applicable, or undecided when
    /// the app shows signs of users). Null when the app checks passwords itself; those checks are in <paramref name="own"/>.
    /// </summary>
    public static Finding? NotOwnSignIn(ProbeContext context, ModuleGraph graph, string feature, out List<JsEvidence> own)
    {
        own = [];
        if (HostedProvider(graph) is { } hosted)
        {
            return context.AtOffset(Outcome.Inconclusive, hosted.Doc, hosted.Offset, $"{hosted.What}: {feature} is the provider's, set outside the code");
        }

        own = OwnPasswordChecks(graph);
        if (own.Count > 0)
        {
            return null;
        }

        return JsAuthSignals.SignOfUsers(graph) is { } users
            ? context.AtOffset(Outcome.Inconclusive, users.Doc, users.Offset, $"{users.What}, but no password check of its own was recognised, so whether {feature} is needed cannot be told")
            : context.NotApplicable("the app has no sign-in of its own");
    }

    /// <summary>
    /// Wired-in server code that registers users with an e-mail address: a sign-up or register route (a route file
    /// under such a folder, or the path as a route string) in a module that reads an e-mail and creates a record.
    /// </summary>
    public static List<JsEvidence> SignUps(ModuleGraph graph) =>
    [
        .. graph.WiredModules().Where(d => !CodeKinds.IsTest(d.Path) && !JsCode.IsBrowserCode(d) && IgnoreCaseSearch.Contains(d.Content, "email") && JsCode.Matches(d, Create(), "(").Count > 0)
            .SelectMany(d => JsCode.LiteralMatches(d, SignUpRoute(), "sign").Concat(JsCode.LiteralMatches(d, SignUpRoute(), "regist")).DistinctBy(m => m.Index).Take(1)
                .Select(m => new JsEvidence(d, m.Index, $"users register with an e-mail address ({m.Value})"))
                .Concat(SignUpFolder(d.Path) ? [new JsEvidence(d, 0, $"users register with an e-mail address ({d.Path})")] : []).Take(1)),
    ];

    private static bool SignUpFolder(string path) =>
        path.Contains("/register/", StringComparison.Ordinal) || path.Contains("/signup/", StringComparison.Ordinal) || path.Contains("/sign-up/", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=['""`])/(?:[\w-]{1,40}/){0,4}(?:register|signup|sign-up|sign_up)(?=['""`])", RegexOptions.CultureInvariant)]
    private static partial Regex SignUpRoute();

    [GeneratedRegex(@"\.\s*(?:create|insert|insertOne|save|createUser|signUp)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CreateCompiled();
    private static Regex Create() => LinearRegex.Pick(CreateCompiled());
}
