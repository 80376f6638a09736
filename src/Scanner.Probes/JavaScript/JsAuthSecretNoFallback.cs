using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Signing secrets (JWT, session, cookie, NextAuth) come from the environment with no literal fallback in
/// wired-in code: no <c>process.env.JWT_SECRET || 'dev-secret'</c>, no <c>jwt.sign(payload, 'literal')</c>, no
/// <c>secret: 'literal'</c> in session or auth options.
/// </summary>
public sealed partial class JsAuthSecretNoFallback : IProbe
{
    private static readonly HashSet<string> Jwt = new(StringComparer.Ordinal) { "jsonwebtoken" };

    private static readonly HashSet<string> SignMembers = new(StringComparer.Ordinal) { "sign", "verify" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)))
        {
            findings.AddRange(EnvSecrets(context, doc));
            findings.AddRange(FallbackThroughConstant(context, doc));
            findings.AddRange(JsCode.Matches(doc, LiteralOption(), "secret").Select(m => context.Fail(doc, m.Index, "auth secret written as a literal in the options")));
        }

        foreach (var call in PackageCalls.Find(graph, Jwt, SignMembers, bareCalls: true, "jwt").Where(e => graph.IsWired(e.Doc.Path) && context.Card.Files.Matches(e.Doc.Path)))
        {
            var open = call.Doc.Content.IndexOf('(', call.Offset);
            var key = JsCode.Arguments(call.Doc, open).Select(a => call.Doc.Content[a.Start..a.End]).ElementAtOrDefault(1);
            if (key is not null && JsCode.StringValue(key) is not null)
            {
                findings.Add(context.Fail(call.Doc, call.Offset, "JWT signed or verified with a literal key"));
            }
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        var unwired = graph.Modules.Where(d => !graph.IsWired(d.Path) && JsCode.Matches(d, EnvSecret(), "env").Count > 0).Select(d => d.Path).ToList();
        return [context.NotApplicable(unwired.Count > 0
            ? $"auth secrets are read only in files no entry point imports ({string.Join(", ", unwired)})"
            : "no wired-in code reads a JWT, session, cookie or auth secret")];
    }

    private static IEnumerable<Finding> EnvSecrets(ProbeContext context, SourceDocument doc)
    {
        foreach (var m in JsCode.Matches(doc, EnvSecret(), "env"))
        {
            var name = m.Groups["name"].Value;
            if (m.Groups["fallback"].Success && m.Groups["value"].Length == 0)
            {
                continue;
            }

            yield return m.Groups["fallback"].Success
                ? context.Fail(doc, m.Index, $"{name} falls back to a literal when the variable is unset: anyone can forge tokens with it")
                : context.Pass(doc, m.Index, $"{name} read from the environment with no literal fallback");
        }
    }

    /// <summary>
    /// <c>config.jwtSecret || FALLBACK_SECRET</c> with <c>const FALLBACK_SECRET = 'literal'</c> in the same module: the
    /// literal fallback, one name away. Either side must name an auth secret, so a cache key's default is not one.
    /// </summary>
    private static IEnumerable<Finding> FallbackThroughConstant(ProbeContext context, SourceDocument doc)
    {
        if (!doc.Content.Contains("||", StringComparison.Ordinal) && !doc.Content.Contains("??", StringComparison.Ordinal))
        {
            yield break;
        }

        var literals = JsCode.Matches(doc, LiteralConstant(), "=").Where(m => m.Groups["value"].Length >= 3)
            .GroupBy(m => m.Groups["name"].Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (literals.Count == 0)
        {
            yield break;
        }

        foreach (var m in FallbackOperands.Matches(doc, FallbackToName()))
        {
            var (left, name) = (m.Groups["left"].Value, m.Groups["name"].Value);

            // x || name.field, x || name(...), x || name[...]: the fallback is not the literal itself.
            var next = doc.Content.AsSpan(m.Index + m.Length).TrimStart();
            if (next.Length > 0 && next[0] is '.' or '(' or '[')
            {
                continue;
            }

            if (literals.ContainsKey(name) && (AuthNamed().IsMatch(left) || AuthNamed().IsMatch(name)))
            {
                yield return context.Fail(doc, m.Index, $"{left} falls back to {name}, a literal declared in this module: anyone can forge tokens with it");
            }
        }
    }

    [GeneratedRegex(@"\b(?:const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\s*=\s*['""`](?<value>[^'""`\n]*)['""`]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LiteralConstantCompiled();
    private static Regex LiteralConstant() => LinearRegex.Pick(LiteralConstantCompiled());

    [GeneratedRegex(@"(?<left>[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*(?:\|\||\?\?)\s*(?<name>[A-Za-z_$][\w$]*)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FallbackToNameCompiled();
    private static Regex FallbackToName() => LinearRegex.Pick(FallbackToNameCompiled());

    [GeneratedRegex(@"(?i)(secret|jwt|session|cookie|signing|auth)")]
    private static partial Regex AuthNamed();

    [GeneratedRegex(
        @"\bprocess\s*\.\s*env\s*(?:\.\s*|\[\s*['""])(?<name>[A-Z0-9_]*(?:SECRET|JWT_KEY|SIGNING_KEY|SESSION_KEY|COOKIE_KEY|PRIVATE_KEY|AUTH_KEY|TOKEN_KEY)[A-Z0-9_]*)['""]?\s*\]?(?<fallback>\s*(?:\|\||\?\?)\s*['""`](?<value>[^'""`\n]*))?",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EnvSecretCompiled();
    private static Regex EnvSecret() => LinearRegex.Pick(EnvSecretCompiled());

    [GeneratedRegex(@"\b(?:secret|secretOrKey|jwtSecret|cookieSecret|sessionSecret)\s*:\s*['""`][^'""`\s]{3,}['""`]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LiteralOptionCompiled();
    private static Regex LiteralOption() => LinearRegex.Pick(LiteralOptionCompiled());
}
