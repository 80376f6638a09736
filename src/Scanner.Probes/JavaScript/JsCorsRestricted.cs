using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// CORS in wired-in code names its origins: no <c>cors()</c> without options (it sends <c>*</c>), no <c>'*'</c>, no
/// <c>origin: true</c>, no env fallback to <c>'*'</c>, and no <c>Access-Control-Allow-Origin: *</c> header. A Socket.IO
/// server's <c>cors</c> option is judged the same way; other constructors (<c>new Server()</c> of a local class that
/// a module built on <c>cors</c> exports) are not calls of the middleware.
/// </summary>
public sealed partial class JsCorsRestricted : IProbe
{
    internal static readonly HashSet<string> CorsPackages = new(StringComparer.Ordinal) { "cors", "@fastify/cors", "@koa/cors", "hono/cors" };
    private static readonly HashSet<string> SocketIoPackages = new(StringComparer.Ordinal) { "socket.io" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)))
        {
            var names = JsPackages.NamesIn(graph, doc.Path, CorsPackages);
            var servers = JsPackages.NamesIn(graph, doc.Path, SocketIoPackages);
            if (names.Count > 0 || servers.Count > 0)
            {
                findings.AddRange(CorsCalls(context, doc, names, servers));
            }

            findings.AddRange(JsCode.LiteralMatches(doc, HeaderName(), "access-control-allow-origin").Select(m => Header(context, doc, m)));
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        var unwired = JsPackages.Imports(graph, CorsPackages).Select(i => i.Doc.Path).Distinct().ToList();
        return [context.NotApplicable(unwired.Count > 0
            ? $"CORS is configured only in files no entry point imports ({string.Join(", ", unwired)}); the app keeps the same-origin default"
            : "no CORS configured in wired-in code: browsers keep the same-origin default")];
    }

    private static IEnumerable<Finding> CorsCalls(ProbeContext context, SourceDocument doc, HashSet<string> names, HashSet<string> servers)
    {
        foreach (var m in JsCode.Matches(doc, Call(), "("))
        {
            var register = m.Groups["register"].Success;
            var args = JsCode.Arguments(doc, m.Index + m.Length - 1).Select(a => doc.Content[a.Start..a.End]).ToList();
            if (!register && IsConstructed(doc.Content, m.Index))
            {
                if (servers.Contains(m.Groups["name"].Value) && SocketIoCors(args) is { } cors)
                {
                    yield return Judge(context, doc, m.Index, cors);
                }

                continue;
            }

            if (register ? args.Count == 0 || !names.Contains(args[0].Trim()) : !names.Contains(m.Groups["name"].Value))
            {
                continue;
            }

            var options = register ? args.ElementAtOrDefault(1) : args.FirstOrDefault();
            yield return Judge(context, doc, m.Index, options);
        }
    }

    private static Finding Judge(ProbeContext context, SourceDocument doc, int offset, string? options)
    {
        var origin = options is null ? null : JsProperty.Value(options, "origin");
        var credentials = options is not null && JsProperty.IsTrue(JsProperty.Value(options, "credentials"));
        var withCredentials = credentials ? " together with credentials: true" : "";
        if (origin is null)
        {
            return context.Fail(doc, offset, $"CORS without an origin option answers every origin with '*'{withCredentials}");
        }

        if (Star().IsMatch(origin))
        {
            return context.Fail(doc, offset, FallsBack().IsMatch(origin)
                ? $"CORS origin falls back to '*' when the variable is unset: {origin}{withCredentials}"
                : $"CORS origin is '*': every site may call this API{withCredentials}");
        }

        if (origin is "true" or "!0")
        {
            return context.Fail(doc, offset, $"CORS origin: true reflects every requesting origin{withCredentials}");
        }

        return context.Pass(doc, offset, $"CORS restricted to configured origins: {origin}");
    }

    /// <summary>True when <c>new</c> precedes the call: a class is constructed, not a middleware factory called.</summary>
    private static bool IsConstructed(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end >= 3 && text.AsSpan(end - 3, 3).SequenceEqual("new") && (end == 3 || !char.IsLetterOrDigit(text[end - 4]) && text[end - 4] is not ('_' or '$' or '.'));
    }

    /// <summary>The <c>cors</c> object of a Socket.IO server's options (its last object argument); null when it has none.</summary>
    private static string? SocketIoCors(List<string> args) =>
        args.LastOrDefault(a => a.TrimStart().StartsWith('{')) is { } options && JsProperty.Value(options, "cors") is { } cors && cors.StartsWith('{')
            ? cors
            : null;

    private static Finding Header(ProbeContext context, SourceDocument doc, Match m)
    {
        var end = JsDerivedNames.StatementEnd(doc, m.Index);
        var rest = doc.Content[(m.Index + m.Length)..Math.Max(m.Index + m.Length, Math.Min(end, m.Index + m.Length + 160))];
        return Star().IsMatch(rest)
            ? context.Fail(doc, m.Index, "Access-Control-Allow-Origin header set to '*'" +
                (doc.Content.Contains("Access-Control-Allow-Credentials", StringComparison.OrdinalIgnoreCase) ? " while credentials are allowed" : ""))
            : context.Pass(doc, m.Index, "Access-Control-Allow-Origin header set to a named origin");
    }

    [GeneratedRegex(@"\b(?:(?<register>register)|(?<name>[A-Za-z_$][\w$]*))\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());

    [GeneratedRegex(@"['""`]\*['""`]", RegexOptions.CultureInvariant)]
    private static partial Regex Star();

    [GeneratedRegex(@"(?:\|\||\?\?|\?)", RegexOptions.CultureInvariant)]
    private static partial Regex FallsBack();

    [GeneratedRegex(@"(?i)['""`]Access-Control-Allow-Origin['""`]", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderName();
}
