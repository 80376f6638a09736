using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// User-supplied HTML is cleaned by a sanitiser the app runs: <c>bleach.clean</c>, <c>nh3.clean</c>,
/// <c>html_sanitizer</c>, <c>markupsafe.escape</c> / <c>html.escape</c> in a module reachable from the app's entry.
/// A sanitiser only in modules nothing imports fails as not wired in; with none at all it is left undecided,
/// since Jinja2 and Django templates escape on their own.
/// </summary>
public sealed partial class PyHtmlSanitized : IProbe
{
    private static readonly HashSet<string> Libraries = new(StringComparer.Ordinal) { "bleach", "nh3", "html_sanitizer", "lxml_html_clean" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = new List<PyHit>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)))
        {
            var imported = graph.ImportsOf(doc.Path).FirstOrDefault(i => i.Level == 0 && (Libraries.Contains(i.TopLevel) || (i.TopLevel is "markupsafe" or "html" && i.Names.Contains("escape"))));
            if (imported is not null)
            {
                hits.Add(new PyHit(doc, imported.Offset, $"HTML sanitiser imported ({imported.Module})"));
            }
            else if (PyCode.Matches(doc, Sanitiser(), "(") is [var m, ..])
            {
                hits.Add(new PyHit(doc, m.Index, $"HTML sanitised ({m.Value.TrimEnd('(', ' ')})"));
            }
        }

        return hits.Count == 0
            ? [context.Inconclusive("no HTML sanitiser (bleach, nh3, markupsafe.escape, html.escape) is called; templates may still escape on their own")]
            : PyVerdict.Capability(context, graph, hits, "no HTML sanitiser");
    }

    [GeneratedRegex(@"\b(?:bleach|nh3)\s*\.\s*clean\s*\(|\b(?:markupsafe|html)\s*\.\s*escape\s*\(|\bSanitizer\s*\(\s*\)\s*\.\s*sanitize\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SanitiserCompiled();
    private static Regex Sanitiser() => LinearRegex.Pick(SanitiserCompiled());
}
