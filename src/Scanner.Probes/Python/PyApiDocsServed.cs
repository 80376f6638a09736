using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// API documentation is served by code the app runs: FastAPI and django-ninja serve it unless switched off
/// (<c>docs_url=None</c> with <c>redoc_url=None</c>, or <c>openapi_url=None</c>), drf-spectacular or drf-yasg views,
/// flasgger's <c>Swagger(app)</c>, flask-restx, flask-smorest or flask-openapi3; or an OpenAPI spec is committed.
/// A docs package in the requirements that nothing sets up fails; with no sign at all it is undecided.
/// </summary>
public sealed partial class PyApiDocsServed : IProbe
{
    private static readonly string[] Packages = ["drf-spectacular", "drf-yasg", "flasgger", "flask-restx", "flask-smorest", "flask-openapi3"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var on = new List<PyHit>();
        var off = new List<PyHit>();
        foreach (var doc in PyCode.Documents(context, graph))
        {
            foreach (var m in PyCode.Matches(doc, Served(), "(").Where(m => FromItsPackage(doc.Content, m.Groups["call"].Value)))
            {
                var call = m.Groups["call"].Value;
                var keys = Off().Matches(PyCode.Arguments(doc, m.Index)).Select(k => k.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
                var disabled = call is "FastAPI" or "NinjaAPI" && (keys.Contains("openapi_url") || (keys.Contains("docs_url") && keys.Contains("redoc_url")) || (call == "NinjaAPI" && keys.Contains("docs_url")));
                (disabled ? off : on).Add(new PyHit(doc, m.Index, disabled ? $"{call}() with its docs switched off ({string.Join(", ", keys.Order(StringComparer.Ordinal))} = None)" : $"API documentation served ({call})"));
            }
        }

        var findings = on.Count > 0 ? PyVerdict.Capability(context, graph, on, "") : [];
        if (findings.Any(f => f.Outcome == Outcome.Pass))
        {
            return findings;
        }

        var specs = ApiSpecFiles.Find(context).ToList();
        var switchedOff = off.Where(h => PyVerdict.Counts(graph, h.Doc.Path)).Select(h => context.Fail(h.Doc, h.Offset, h.What)).ToList();
        return specs.Count > 0 ? specs
            : switchedOff.Count > 0 ? switchedOff
            : findings.Count > 0 ? findings
            : Installed(context).ToList() is { Count: > 0 } installed ? installed
            : [context.Inconclusive("no served API documentation and no committed OpenAPI spec; docs kept elsewhere (a README, a portal) cannot be seen")];
    }

    /// <summary>Short names that other libraries use too count only in a file that imports the docs package.</summary>
    private static bool FromItsPackage(string content, string call) => call switch
    {
        "Swagger" => content.Contains("flasgger", StringComparison.Ordinal),
        "OpenAPI" => content.Contains("flask_openapi3", StringComparison.Ordinal),
        "Api" => content.Contains("flask_restx", StringComparison.Ordinal) || content.Contains("flask_smorest", StringComparison.Ordinal) || content.Contains("flask_restplus", StringComparison.Ordinal),
        _ => true,
    };

    private static IEnumerable<Finding> Installed(ProbeContext context)
    {
        foreach (var file in context.Workspace.Files.Where(f => IsManifest(f.Path)))
        {
            if (context.Workspace.Read(file) is not { } doc)
            {
                continue;
            }

            foreach (var package in Packages)
            {
                var at = doc.Content.IndexOf(package, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    yield return context.Fail(doc, at, $"{package} is installed but nothing the app runs sets it up: no docs route is served");
                }
            }
        }
    }

    private static bool IsManifest(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return (name.StartsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal)) || name is "pyproject.toml" or "Pipfile";
    }

    [GeneratedRegex(
        @"\b(?<call>FastAPI|NinjaAPI|SpectacularAPIView|SpectacularSwaggerView|SpectacularRedocView|get_schema_view|Swagger|OpenAPI|Api)[ \t]*(?:\.as_view[ \t]*)?\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ServedCompiled();
    private static Regex Served() => LinearRegex.Pick(ServedCompiled());

    [GeneratedRegex(@"\b(?<key>openapi_url|docs_url|redoc_url)[ \t]*=[ \t]*None[ \t]*(?:,|\r?\n|$)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex OffCompiled();
    private static Regex Off() => LinearRegex.Pick(OffCompiled());
}
