using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// No wired-in handler sends exception text to the client: <c>res.status(500).json({ error: err.message })</c>,
/// <c>NextResponse.json({ details: error.stack })</c>, <c>res.send(String(err))</c>. A value guarded by a
/// development check on the same line (<c>NODE_ENV === 'development' ? err.message : undefined</c>) is left out.
/// The pass says how many wired modules that answer requests were searched.
/// </summary>
public sealed partial class JsErrorsNotLeaked : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NoApp(context, graph, servers) is { } none)
        {
            return [none];
        }

        var findings = new List<Finding>();
        var searched = new List<string>();
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)))
        {
            var responses = JsCode.Matches(doc, JsErrorResponses.Response(), "(");
            if (responses.Count > 0)
            {
                searched.Add(doc.Path);
            }

            foreach (var m in responses)
            {
                var open = m.Index + m.Length - 1;
                var argument = JsCode.ArgumentText(doc, open);
                var leak = ExceptionText().Match(argument);
                var line = doc.Text.Line(doc.Text.LineOf(m.Index)).ToString();
                if (leak.Success && !JsErrorResponses.DevelopmentOnly().IsMatch(argument) && !JsErrorResponses.DevelopmentOnly().IsMatch(line))
                {
                    findings.Add(context.Fail(doc, m.Index, $"exception text sent to the client ({leak.Value.Trim()}): internals such as queries, paths and library versions leak; log it and answer a generic message"));
                }
            }
        }

        return findings.Count > 0 ? findings
            : searched.Count > 0 ? [context.Searched(searched, $"no response sends exception text: searched the responses of {searched.Count} wired-in module(s)")]
            : [context.NotApplicable("no wired-in code sends a response")];
    }

    // A caught exception's text: err.message, error.stack, String(e), e.toString().
    [GeneratedRegex(@"\b(?:e|ex|err|error|exc|exception|caught)\s*(?:\.\s*(?:message|stack)\b|\.\s*toString\s*\(\s*\))|\bString\s*\(\s*(?:e|ex|err|error|exception)\s*\)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ExceptionTextCompiled();
    private static Regex ExceptionText() => LinearRegex.Pick(ExceptionTextCompiled());
}
