using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.CSharp;
using Scanner.Probes.JavaScript;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Python;

namespace Scanner.Probes.Web;

/// <summary>
/// Where a CORS policy can be configured, one layer at a time: Node and Next.js code, Python web apps, ASP.NET
/// startup, the hosting platform's header files and nginx. Each returns findings for what it found (a pass where a
/// policy is configured in code that runs, a fail where it sits in code nothing runs) and nothing when it found none.
/// </summary>
internal static partial class CorsLayers
{
    // hono/cors is a subpath of hono, so the package to look for is hono and the specifier tells the middleware apart.
    private static readonly HashSet<string> CorsPackages = new(JsCorsRestricted.CorsPackages, StringComparer.Ordinal) { "hono" };

    public static List<Finding> JavaScript(ProbeContext context, ModuleGraph graph)
    {
        var evidence = new List<JsEvidence>();
        foreach (var import in JsPackages.Imports(graph, CorsPackages))
        {
            var used = import.Import.Bindings.Any(b => UsedBeyondImport(import.Doc, b));
            var package = JsImports.PackageOf(import.Import.Specifier);
            if (used && (package != "hono" || import.Import.Specifier == "hono/cors"))
            {
                evidence.Add(new JsEvidence(import.Doc, import.Import.Offset, $"CORS middleware {import.Import.Specifier} applied"));
            }
        }

        evidence.AddRange(NextHeaders.Find(graph, "Access-Control-Allow-Origin"));
        evidence.AddRange(graph.Modules.Where(d => !CodeKinds.IsTest(d.Path))
            .SelectMany(d => JsCode.LiteralMatches(d, Header(), "access-control-allow-origin").Take(1).Select(m => new JsEvidence(d, m.Index, "Access-Control-Allow-Origin set on responses"))));
        return Wiring.Judge(context, graph, evidence.DistinctBy(e => (e.Doc.Path, e.Doc.Text.LineOf(e.Offset))), "CORS configuration");
    }

    public static List<Finding> Python(ProbeContext context, PyGraph graph)
    {
        var found = new List<Finding>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)))
        {
            foreach (var m in PyCode.Matches(doc, PyCors(), "cors").Concat(PyCode.Matches(doc, Header(), "access-control-allow-origin")).Where(m => !PyCode.OnImportLine(doc, m.Index)).Take(1))
            {
                found.Add(PyVerdict.Counts(graph, doc.Path)
                    ? context.Pass(doc, m.Index, $"CORS configured ({m.Value.Trim()}){PyVerdict.Via(graph, doc.Path)}")
                    : context.Fail(doc, m.Index, $"CORS configuration present but not reached from the app's entry ({doc.Path})"));
            }
        }

        return found;
    }

    public static List<Finding> CSharp(ProbeContext context, CsApp app)
    {
        var add = app.Pipeline.FirstOrDefault(c => c.Name == "AddCors");
        var use = app.Pipeline.FirstOrDefault(c => c.Name == "UseCors");
        if (add is not null && use is not null)
        {
            return [context.Pass(use.Doc, use.Offset, "CORS policy added (AddCors) and applied (UseCors) in startup")];
        }

        var half = add ?? use ?? app.WebCalls.FirstOrDefault(c => c.Name is "AddCors" or "UseCors");
        return half is null ? [] : [context.Fail(half.Doc, half.Offset, $"{half.Name} without {(half.Name == "AddCors" ? "UseCors" : "AddCors")} in the startup pipeline: no CORS policy is applied")];
    }

    /// <summary>vercel.json, netlify.toml and _headers files, and nginx add_header lines, that set Access-Control-* headers.</summary>
    public static List<Finding> Configuration(ProbeContext context)
    {
        var found = new List<Finding>();
        foreach (var doc in context.Documents(IsHeaderConfig))
        {
            var at = doc.Content.IndexOf("Access-Control-Allow-", StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && doc.Regions.KindAt(at) != RegionKind.Comment)
            {
                found.Add(context.Pass(doc, at, $"{doc.Path} sets an Access-Control-Allow-* header"));
            }
        }

        return found;
    }

    /// <summary>Files the platform or a proxy reads headers from.</summary>
    public static bool IsHeaderConfig(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return (name is "vercel.json" or "netlify.toml" or "_headers" or "nginx.conf" || name.EndsWith(".conf", StringComparison.Ordinal) && path.Contains("nginx", StringComparison.OrdinalIgnoreCase) ||
                LanguageDetector.Detect(path) == Language.Nginx) && !NonProduction.IsSetAside(path) && !NonProduction.IsDevelopmentFile(path);
    }

    /// <summary>The name occurs in code a second time (the first is its import): the middleware is applied, not only imported.</summary>
    private static bool UsedBeyondImport(SourceDocument doc, string name)
    {
        var count = 0;
        for (var at = doc.Content.IndexOf(name, StringComparison.Ordinal); at >= 0 && count < 2; at = doc.Content.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            var whole = (at == 0 || !IsNamePart(doc.Content[at - 1])) && (end == doc.Content.Length || !IsNamePart(doc.Content[end]));
            count += whole && JsCode.IsCode(doc, at) ? 1 : 0;
        }

        return count >= 2;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    [GeneratedRegex(@"(?i)['""`]Access-Control-Allow-Origin['""`]", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"\b(?:CORSMiddleware|CORS\s*\(|cross_origin\b|corsheaders|CORS_ALLOWED_ORIGINS|CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_WHITELIST|CORS_ALLOWED_ORIGIN_REGEXES)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PyCorsCompiled();
    private static Regex PyCors() => LinearRegex.Pick(PyCorsCompiled());
}
