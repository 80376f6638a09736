using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Request input goes through a schema before use: pydantic models in FastAPI route signatures, marshmallow
/// <c>load</c>/<c>validate</c>, WTForms <c>validate_on_submit()</c>, Django forms and DRF serializers
/// <c>is_valid()</c>, webargs and similar decorators. A route or view function that reads <c>request.json</c>,
/// <c>request.form[...]</c>, <c>request.POST[...]</c> ... and validates nothing in the same function fails at the read;
/// helpers that are not handlers are left alone.
/// </summary>
public sealed partial class PyInputValidation : IProbe
{
    private static readonly SearchValues<string> ValidationWords = SearchValues.Create(["valid", "parse_"], StringComparison.Ordinal);
    private static readonly SearchValues<string> SchemaWords = SearchValues.Create(["chema"], StringComparison.Ordinal);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).ToList();
        var schemas = PySchemaClasses.Find(docs);
        var schemaNames = SearchValues.Create([.. schemas], StringComparison.Ordinal);
        var hits = new List<PyHit>();
        var findings = new List<Finding>();
        foreach (var doc in docs)
        {
            var functions = PyFunctions.All(doc).ToList();
            var validations = Validations(doc, schemas, schemaNames).ToList();
            hits.AddRange(validations);
            hits.AddRange(ModelParameters(doc, functions, schemas));
            if (!PyVerdict.Counts(graph, doc.Path) || !PyPaths.IsAppCode(doc.Path))
            {
                continue;
            }

            var failedLines = new HashSet<int>();
            foreach (var m in PyCode.Matches(doc, RawRead(), "request"))
            {
                if (PyFunctions.Enclosing(functions, m.Index) is { } function && PyHandlers.IsHandler(doc, function) && !validations.Any(v => function.Contains(v.Offset))
                    && failedLines.Add(doc.Text.LineOf(m.Index)))
                {
                    findings.Add(context.Fail(doc, m.Index, $"{m.Value.TrimEnd('[', '(', ' ', '\t')} used in {function.Name}() with no schema validation in that function"));
                }
            }
        }

        var counted = hits.Where(h => PyVerdict.Counts(graph, h.Doc.Path)).ToList();
        if (findings.Count == 0 && counted.Count == 0)
        {
            return [context.NotApplicable("no wired-in route reads request input (request.json, request.form, request.POST ...) or declares a request model")];
        }

        if (hits.Count > 0)
        {
            findings.AddRange(PyVerdict.Capability(context, graph, [.. hits.DistinctBy(h => (h.Doc.Path, h.Doc.Text.LineOf(h.Offset)))], "no request input is validated"));
        }

        return findings;
    }

    private static IEnumerable<PyHit> Validations(SourceDocument doc, IReadOnlySet<string> schemas, SearchValues<string> schemaNames)
    {
        // Every validation call names valid or parse_, every schema load chema: only the lines holding them are searched.
        var calls = (IgnoreCaseSearch.Contains(doc.Content, "valid") ? PyCode.MatchesOnLinesWith(doc, ValidationCall(), ValidationWords) : [])
            .Concat(IgnoreCaseSearch.Contains(doc.Content, "load") ? PyCode.MatchesOnLinesWith(doc, SchemaLoad(), SchemaWords) : [])
            .Concat(PyCode.Matches(doc, Decorator(), "@"));
        foreach (var m in calls.Where(m => !IsDefinition(doc, m.Index)))
        {
            yield return new PyHit(doc, m.Index, $"request input validated ({m.Value.Trim().TrimStart('.').TrimEnd('(').TrimEnd()})");
        }

        // Only a file that names a schema class can call one: the rest skip a pattern that stops at every call.
        if (!doc.Content.AsSpan().ContainsAny(schemaNames))
        {
            yield break;
        }

        foreach (var m in PyCode.Matches(doc, CallOrClassMethod(), "").Where(m => schemas.Contains(m.Groups["name"].Value) && !PyCode.OnImportLine(doc, m.Index) && !IsDefinition(doc, m.Index)))
        {
            yield return new PyHit(doc, m.Index, $"request input validated by schema {m.Groups["name"].Value}");
        }
    }

    private static bool IsDefinition(SourceDocument doc, int offset)
    {
        var line = doc.Text.Line(doc.Text.LineOf(offset)).TrimStart();
        return line.StartsWith("def ") || line.StartsWith("async def ") || line.StartsWith("class ");
    }

    private static IEnumerable<PyHit> ModelParameters(SourceDocument doc, List<PyFunction> functions, IReadOnlySet<string> schemas)
    {
        foreach (var function in functions.Where(f => PyHandlers.IsRoute(doc, f)))
        {
            var parameters = PyCode.Arguments(doc, function.DefOffset);
            var model = Annotation().Matches(parameters).Select(a => a.Groups["type"].Value).FirstOrDefault(schemas.Contains);
            if (model is not null)
            {
                yield return new PyHit(doc, function.DefOffset, $"{function.Name}() takes a validated request model ({model})");
            }
        }
    }

    [GeneratedRegex(
        @"\brequest\.(?:json\b|get_json[ \t]*\(|(?:form|POST|data)[ \t]*(?:\[|\.get[ \t]*\()|(?:args|GET)[ \t]*\[|form[ \t]*\([ \t]*\))",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RawReadCompiled();
    private static Regex RawRead() => LinearRegex.Pick(RawReadCompiled());

    [GeneratedRegex(
        @"\.validate_on_submit[ \t]*\(|\.is_valid[ \t]*\(|\b(?:\w+\.)*validate[ \t]*\(|\.model_validate(?:_json)?[ \t]*\(|\.parse_(?:obj|raw)[ \t]*\(|\.validate_(?:python|json)[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ValidationCallCompiled();
    private static Regex ValidationCall() => LinearRegex.Pick(ValidationCallCompiled());

    [GeneratedRegex(@"\b\w*[Ss]chema\w*(?:[ \t]*\([^()\r\n]*\))?\.loads?[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SchemaLoadCompiled();
    private static Regex SchemaLoad() => LinearRegex.Pick(SchemaLoadCompiled());

    [GeneratedRegex(@"^[ \t]*@(?:\w+\.)*(?:use_args|use_kwargs|arguments|expects_json|validate|validate_json|expect)\b", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DecoratorCompiled();
    private static Regex Decorator() => LinearRegex.Pick(DecoratorCompiled());

    [GeneratedRegex(@"\b(?<name>[A-Z]\w*)[ \t]*(?:\(|\.(?:model_validate|model_validate_json|parse_obj|parse_raw|load|loads|validate)\b)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallOrClassMethodCompiled();
    private static Regex CallOrClassMethod() => LinearRegex.Pick(CallOrClassMethodCompiled());

    [GeneratedRegex(@":[ \t\r\n]*(?:(?:Annotated|Optional|List|list)[ \t]*\[[ \t]*)*(?<type>[A-Z]\w*)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AnnotationCompiled();
    private static Regex Annotation() => LinearRegex.Pick(AnnotationCompiled());
}
