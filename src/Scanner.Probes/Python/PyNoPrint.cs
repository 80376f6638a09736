using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// No <c>print()</c>, <c>breakpoint()</c> or <c>pdb.set_trace()</c> in the web app's own modules. Tests, scripts,
/// migrations, management commands, manage.py, modules no entry imports, and blocks that run only as a script
/// (<c>if __name__ == "__main__":</c>) or in development (<c>if DEBUG:</c>) are left out: printing is their job.
/// </summary>
public sealed partial class PyNoPrint : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        var judged = new List<string>();
        var notWired = 0;
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)))
        {
            if (!PyVerdict.Counts(graph, doc.Path))
            {
                notWired++;
                continue;
            }

            judged.Add(doc.Path);
            if (!doc.Content.Contains("print", StringComparison.Ordinal) && !doc.Content.Contains("breakpoint", StringComparison.Ordinal)
                && !doc.Content.Contains("set_trace", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in Call().Matches(doc.Content))
            {
                var at = m.Groups["call"].Index;
                if (doc.Regions.KindAt(at) == RegionKind.Code && !PyBlocks.IsDevOnly(doc, at))
                {
                    findings.Add(context.Fail(doc, at, m.Groups["call"].Value.StartsWith("print", StringComparison.Ordinal)
                        ? "print() in app code: unstructured output without level or context; use logging"
                        : "debugger breakpoint left in app code: a request that reaches it hangs the worker"));
                }
            }
        }

        if (findings.Count == 0)
        {
            var skipped = notWired > 0 ? $"; {notWired} module(s) not wired in were not judged" : "";
            findings.Add(context.Searched(judged, $"no print() or breakpoint in {judged.Count} app module(s){skipped}"));
        }

        return findings;
    }

    [GeneratedRegex(@"(?:^|[^\w.\r\n])(?<call>print|breakpoint|(?:i?pdb|pudb)\.set_trace)[ \t]*\(", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());
}
