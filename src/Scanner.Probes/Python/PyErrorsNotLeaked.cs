using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// No wired-in view sends exception text to the client: <c>jsonify({"error": str(e)})</c>,
/// <c>HTTPException(status_code=500, detail=str(e))</c>, <c>return {"details": str(exc)}, 500</c>,
/// <c>traceback.format_exc()</c> in a response, inside a route or view. Helpers and background jobs are left out
/// (what they return may never reach a client), and so are blocks that run only in development or as a script.
/// </summary>
public sealed partial class PyErrorsNotLeaked : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        var searched = new List<string>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)))
        {
            searched.Add(doc.Path);
            if (!doc.Content.Contains("str(", StringComparison.Ordinal) && !doc.Content.Contains("format_exc", StringComparison.Ordinal)
                && !doc.Content.Contains("{e", StringComparison.Ordinal))
            {
                continue;
            }

            var functions = PyFunctions.All(doc).ToList();
            foreach (var m in PyCode.Matches(doc, Response(), "(").Concat(PyCode.Matches(doc, ReturnedDict(), "return")))
            {
                // A dict or a response built in a helper or a background job is not what the client receives; only
                // handlers are judged, except HTTPException, which is an HTTP answer wherever it is raised.
                var handler = PyFunctions.Enclosing(functions, m.Index);
                if (!m.Value.StartsWith("HTTPException", StringComparison.Ordinal) && (handler is null || !PyHandlers.IsHandler(doc, handler)))
                {
                    continue;
                }

                var text = m.Value.StartsWith("return", StringComparison.Ordinal) ? PyCode.Balanced(doc, m.Index + m.Length - 1) : PyCode.Arguments(doc, m.Index);
                if (ExceptionText().Match(text) is { Success: true } leak && !PyBlocks.IsDevOnly(doc, m.Index))
                {
                    findings.Add(context.Fail(doc, m.Index, $"exception text sent to the client ({leak.Value.Trim()}): internals such as queries, paths and library versions leak; log it and answer a generic message"));
                }
            }
        }

        return findings.Count > 0 ? findings
            : [context.Searched(searched, $"no response sends exception text: searched {searched.Count} wired-in app module(s)")];
    }

    // Calls that build a response or an HTTP error from their arguments.
    [GeneratedRegex(@"\b(?:jsonify|JSONResponse|HTTPException|make_response|Response|HttpResponse|JsonResponse|abort)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ResponseCompiled();
    private static Regex Response() => LinearRegex.Pick(ResponseCompiled());

    // return {"error": ...}: a dict a view returns is the response body.
    [GeneratedRegex(@"\breturn[ \t]+\{", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ReturnedDictCompiled();
    private static Regex ReturnedDict() => LinearRegex.Pick(ReturnedDictCompiled());

    [GeneratedRegex(@"\bstr\s*\(\s*(?:e|ex|exc|err|error|exception)\s*\)|\btraceback\s*\.\s*format_exc\s*\(|\{\s*(?:e|ex|exc|err|error|exception)\s*(?:!s|!r)?\s*\}|\b(?:e|ex|exc|err|error)\s*\.\s*args\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ExceptionTextCompiled();
    private static Regex ExceptionText() => LinearRegex.Pick(ExceptionTextCompiled());
}
