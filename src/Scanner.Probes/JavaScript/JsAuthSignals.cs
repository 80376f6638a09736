using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// What surrounds authentication in a JS/TS app: signs that it has users at all, middleware that re-exports an auth
/// check, hand-written header or cookie checks, and sign-ins that compare credentials with literals.
/// </summary>
internal static partial class JsAuthSignals
{
    private static readonly HashSet<string> UserPackages = new(JsAuthenticationWired.Packages, StringComparer.Ordinal) { "bcrypt", "bcryptjs", "argon2", "@node-rs/argon2", "@node-rs/bcrypt" };

    private static readonly HashSet<string> SessionPackages = new(JsAuthenticationWired.Packages, StringComparer.Ordinal)
    {
        "express-session", "cookie-session", "@fastify/session", "@fastify/secure-session", "koa-session", "next-iron-session",
    };

    private static readonly string[] SignInNames = ["login", "signin", "signup", "logon"];

    private static readonly HashSet<string> RegisterNames = new(StringComparer.Ordinal) { "register", "registerpage", "registerform", "registration" };

    public static bool HasServerActions(SourceDocument doc) =>
        doc.Content.Contains("'use server'", StringComparison.Ordinal) || doc.Content.Contains("\"use server\"", StringComparison.Ordinal);

    /// <summary><c>export { default } from "next-auth/middleware"</c> or <c>export { auth as middleware } from "@/auth"</c> in middleware or proxy.</summary>
    public static IEnumerable<JsEvidence> MiddlewareReExports(ModuleGraph graph) =>
        graph.Modules.Where(d => FileName(d.Path).StartsWith("middleware.", StringComparison.Ordinal) || FileName(d.Path).StartsWith("proxy.", StringComparison.Ordinal))
            .SelectMany(d => JsCode.Matches(d, ReExport(), "export").Select(m => new JsEvidence(d, m.Index, $"middleware re-exports the auth check from {m.Groups["from"].Value}")));

    /// <summary>The first sign that the app has users: a sign-in page or form, a password field, an auth or hashing package declared.</summary>
    public static JsEvidence? SignOfUsers(ModuleGraph graph)
    {
        var product = graph.Modules.Where(d => !CodeKinds.IsTest(d.Path) && !CodeKinds.InNonProductFolder(d.Path)).ToList();
        var page = product.FirstOrDefault(d => d.Path.Split('/').Any(IsSignInName));
        if (page is not null)
        {
            return new JsEvidence(page, 0, $"the app has a sign-in page or form ({page.Path})");
        }

        foreach (var doc in product)
        {
            if (JsCode.LiteralMatches(doc, PasswordField(), "password").FirstOrDefault() is { } field)
            {
                return new JsEvidence(doc, field.Index, "the app has a password field");
            }
        }

        foreach (var manifest in graph.Manifests.Where(m => m.Document is not null))
        {
            if (UserPackages.Order(StringComparer.Ordinal).FirstOrDefault(manifest.Declares) is { } package)
            {
                var at = Math.Max(0, manifest.Document!.Content.IndexOf($"\"{package}\"", StringComparison.Ordinal));
                return new JsEvidence(manifest.Document, at, $"{manifest.Path} declares {package}");
            }
        }

        return null;
    }

    /// <summary>Product code that imports an auth or session library: users can sign in, whatever checks follow.</summary>
    public static IEnumerable<JsEvidence> SignsIn(ModuleGraph graph) =>
        JsPackages.Imports(graph, SessionPackages).Where(i => !CodeKinds.IsTest(i.Doc.Path) && !CodeKinds.InNonProductFolder(i.Doc.Path))
            .Select(i => new JsEvidence(i.Doc, i.Import.Offset, $"users sign in through {JsImports.PackageOf(i.Import.Specifier)}"));

    /// <summary>Wired-in server code that reads the Authorization header, an API key or a session cookie by hand, or sends a bearer token on.</summary>
    public static IEnumerable<JsEvidence> HandWritten(ModuleGraph graph) =>
        graph.WiredModules().Where(d => !CodeKinds.IsTest(d.Path))
            .SelectMany(d => JsCode.Matches(d, HeaderCheck(), "uth").Concat(JsCode.Matches(d, HeaderCheck(), "ookie")).Concat(JsCode.Matches(d, HeaderCheck(), "pi-key"))
                .DistinctBy(m => m.Index).Select(m => new JsEvidence(d, m.Index, $"credentials handled by hand ({m.Value.Trim()})")));

    /// <summary>A sign-in (a module with authorize and credentials) that compares them with, or lists them as, literals.</summary>
    public static IEnumerable<JsEvidence> LiteralCredentials(ModuleGraph graph) =>
        graph.WiredModules().Where(d => !CodeKinds.IsTest(d.Path) && d.Content.Contains("authorize", StringComparison.Ordinal) && IgnoreCaseSearch.Contains(d.Content, "credentials"))
            .SelectMany(d => JsCode.Matches(d, Literal(), "").Select(m => new JsEvidence(d, m.Index, "credentials compared with literals")));

    private static bool IsSignInName(string segment)
    {
        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        var bare = (dot > 0 ? segment[..dot] : segment).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim('(', ')', '[', ']').ToLowerInvariant();
        return SignInNames.Any(n => bare.StartsWith(n, StringComparison.Ordinal)) || RegisterNames.Contains(bare);
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    [GeneratedRegex(@"\bexport\s*\{[^}\n]{0,120}\b(?:default|auth)\b[^}\n]{0,120}\}\s*from\s*['""](?<from>[^'""\n]{0,200}auth[^'""\n]{0,200})['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ReExportCompiled();
    private static Regex ReExport() => LinearRegex.Pick(ReExportCompiled());

    [GeneratedRegex(@"(?<=['""])password(?=['""])", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordField();

    [GeneratedRegex(
        @"\bheaders\s*(?:\.\s*authorization\b|\[\s*['""]authorization['""]|\.\s*get\s*\(\s*['""](?:authorization|x-api-key)['""])|\b(?:req|request|ctx)\s*\.\s*get\s*\(\s*['""](?:authorization|x-api-key)['""]|\bAuthorization\s*:\s*[`'""]Bearer|\bcookies\s*(?:\(\s*\))?\s*\.\s*get\s*\(\s*['""][\w-]{0,40}(?:session|token|auth)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HeaderCheckCompiled();
    private static Regex HeaderCheck() => LinearRegex.Pick(HeaderCheckCompiled());

    [GeneratedRegex(@"\b(?:email|username|password)\s*===?\s*[`'""][^`'""\n]{1,100}[`'""]|\bpassword\s*:\s*[`'""][^`'""\n]{1,100}[`'""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LiteralCompiled();
    private static Regex Literal() => LinearRegex.Pick(LiteralCompiled());
}
