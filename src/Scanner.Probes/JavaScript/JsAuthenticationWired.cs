using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Server code establishes who is asking: a session read (getServerSession, auth(), getIronSession), a token verified
/// (jwt.verify, jwtVerify, expressjwt) or a guard (passport, Clerk, Nest AuthGuard, withAuth middleware), in wired-in
/// code. An app with users and no such call fails; a check only in files nothing imports fails as not wired in. A
/// sign-in compared with literals (a demo account) and hand-written header checks leave it undecided, and so does an
/// app with no sign that it has users, which may need no authentication at all.
/// </summary>
public sealed partial class JsAuthenticationWired : IProbe
{
    internal static readonly HashSet<string> Packages = new(StringComparer.Ordinal)
    {
        "next-auth", "@auth/core", "@auth/nextjs", "@clerk/nextjs", "@clerk/express", "@clerk/clerk-sdk-node", "@clerk/backend",
        "passport", "jsonwebtoken", "jose", "express-jwt", "koa-jwt", "@fastify/jwt", "@nestjs/passport", "iron-session",
        "better-auth", "lucia", "firebase-admin", "express-openid-connect",
    };

    // The names (bare calls) or members (jwt.verify) that establish who is asking; configuring a library is not that.
    private static readonly HashSet<string> Verifying = new(StringComparer.Ordinal)
    {
        "getServerSession", "unstable_getServerSession", "getToken", "withAuth", "auth", "currentUser", "clerkMiddleware",
        "authMiddleware", "requireAuth", "getAuth", "verify", "jwtVerify", "expressjwt", "authenticate", "AuthGuard",
        "getIronSession", "verifyIdToken", "verifySessionCookie", "validateSession", "validateRequest", "requiresAuth",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        var serverSide = servers.Count > 0 || JsServers.NextHandlers(graph).Any() || graph.WiredModules().Any(JsAuthSignals.HasServerActions);
        if (!serverSide)
        {
            return [context.NotApplicable("no server-side code (no HTTP server, Next.js route handler or server action): authentication is enforced by whatever serves the API")];
        }

        var evidence = Calls(graph).Concat(JsAuthSignals.MiddlewareReExports(graph)).Where(e => !CodeKinds.IsTest(e.Doc.Path)).ToList();
        var judged = Wiring.Judge(context, graph, evidence, "authentication check").Select(NextMiddlewareGuards.RouteScope(graph)).ToList();
        var demo = JsAuthSignals.LiteralCredentials(graph).FirstOrDefault();
        var passes = judged.Where(f => f.Outcome == Outcome.Pass).ToList();
        if (passes.Count > 0)
        {
            return demo is null
                ? passes
                : [context.AtOffset(Outcome.Inconclusive, demo.Doc, demo.Offset,
                    $"sessions or tokens are checked ({passes[0].Message}), but the sign-in here compares credentials with values written in the code: a demo account, not authentication")
                    with { Subject = passes.TrueForAll(f => f.Subject is not null) ? passes[0].Subject : null }];
        }

        if (JsAuthSignals.HandWritten(graph).FirstOrDefault() is { } header)
        {
            return [context.AtOffset(Outcome.Inconclusive, header.Doc, header.Offset, $"{header.What}: a hand-written check this probe does not judge")];
        }

        if (judged.Count > 0)
        {
            return judged;
        }

        if (JsAuthSignals.SignsIn(graph).FirstOrDefault() is { } signIn)
        {
            return [context.AtOffset(Outcome.Inconclusive, signIn.Doc, signIn.Offset, $"{signIn.What}, but no server code checks a session or token: pages may be gated only in the browser, or by a check this probe does not recognise")];
        }

        return JsAuthSignals.SignOfUsers(graph) is { } sign
            ? [context.AtOffset(Outcome.Fail, sign.Doc, sign.Offset, $"{sign.What}, but no server code verifies a session or token (no getServerSession/auth(), jwt.verify, passport, Clerk or guard in wired-in code)")]
            : [context.Inconclusive("no authentication check found, and no sign the app has users (no sign-in page, auth library or password handling): a public app may need none")];
    }

    private static IEnumerable<JsEvidence> Calls(ModuleGraph graph) => graph.Modules.SelectMany(doc => Checks(graph, doc));

    /// <summary>Calls of a verifying name bound to an auth package in the file, directly or through a local module built on one.</summary>
    internal static IEnumerable<JsEvidence> Checks(ModuleGraph graph, SourceDocument doc)
    {
        var names = JsPackages.NamesIn(graph, doc.Path, Packages);
        if (names.Count == 0)
        {
            yield break;
        }

        foreach (var m in JsCode.Matches(doc, Call(), "("))
        {
            var name = m.Groups["name"].Value;
            var called = m.Groups["member"].Success ? m.Groups["member"].Value : name;
            if (names.Contains(name) && Verifying.Contains(called) && JsCode.IsCall(doc, m.Groups["name"].Index, m.Index + m.Length - 1))
            {
                yield return new JsEvidence(doc, m.Index, $"who is asking is checked ({m.Value.TrimEnd('(').Trim()})");
            }
        }
    }

    [GeneratedRegex(@"\b(?<name>[A-Za-z_$][\w$]*)\s*(?:\.\s*(?<member>[A-Za-z_$][\w$]*)\s*)?\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());
}
