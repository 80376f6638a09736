using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Where a file that imports helmet applies it: each <c>app.use(helmet(...))</c> with the routes registered before
/// it (which its headers never reach; health routes and CORS preflights do not count), or, in a file with no such
/// registration, each call of its binding (<c>helmet(...)</c>, <c>fastify.register(helmet)</c>).
/// </summary>
public static partial class HelmetUses
{
    public static readonly IReadOnlySet<string> Packages = new HashSet<string>(StringComparer.Ordinal) { "helmet", "@fastify/helmet", "koa-helmet" };

    /// <summary>
    /// One place helmet is applied: by <c>use</c> (with the routes before it) or by a call; <paramref name="CspOnly"/>
    /// for a call of its CSP middleware alone (<c>helmet.contentSecurityPolicy(...)</c>).
    /// </summary>
    public sealed record Use(int Offset, bool ByUse, IReadOnlyList<ExpressCall> Missed, bool CspOnly = false);

    /// <summary>The names the import binds (none: it is never applied) and the places they are applied.</summary>
    public static (IReadOnlySet<string> Names, List<Use> Uses) In(ModuleGraph graph, PackageImport helmet)
    {
        var doc = helmet.Doc;
        var names = JsDerivedNames.Expand(doc, helmet.Import.Bindings.ToHashSet(StringComparer.Ordinal));
        if (names.Count == 0)
        {
            return (names, []);
        }

        var calls = ExpressRoutes.In(graph, doc);
        var uses = calls.Where(c => c.Method == "use" && !c.IsRoute && c.Mentions(names))
            .Select(use => new Use(use.Offset, true, [.. ExpressRoutes.Coverage(calls, use).Uncovered.Where(r => !r.IsProbeRoute)]))
            .ToList();
        return uses.Count > 0
            ? (names, uses)
            : (names, [.. JsCode.Matches(doc, Applied(), "(")
                .Where(m => names.Contains(m.Groups["name"].Value) || names.Contains(m.Groups["arg"].Value))
                .Select(m => new Use(m.Index, false, [], m.Value.Contains("contentSecurityPolicy", StringComparison.Ordinal)))]);
    }

    /// <summary>"after GET /x (line 4), ...": the routes a late registration misses.</summary>
    public static string After(Use use) => string.Join(", ", use.Missed.Select(r => r.Label));

    [GeneratedRegex(@"\b(?<name>[A-Za-z_$][\w$]*)\s*(?:\.\s*contentSecurityPolicy\s*)?\(|\bregister\s*\(\s*(?<arg>[A-Za-z_$][\w$]*)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AppliedCompiled();
    private static Regex Applied() => LinearRegex.Pick(AppliedCompiled());
}
