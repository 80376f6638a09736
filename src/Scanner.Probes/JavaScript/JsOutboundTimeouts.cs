using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Every outbound HTTP client or call in wired-in server code sets a timeout (<see cref="JsOutboundCalls"/>). The
/// server's own request timeout or a database connect timeout is reported beside a missing one, since a line about
/// "timeouts" may mean either.
/// </summary>
public sealed partial class JsOutboundTimeouts : IProbe
{
    private static readonly HashSet<string> TimeoutMiddleware = new(StringComparer.Ordinal) { "connect-timeout", "express-timeout-handler" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NoHandlers(context, graph, servers) is { } none)
        {
            return [none];
        }

        var calls = JsOutboundCalls.Find(graph, context.Card.Files.Matches);
        var searched = $"{graph.WiredModules().Count()} wired-in module(s) for axios, got, ky, node-fetch, undici and fetch";
        return OutboundTimeouts.Judge(context, calls, Others(graph).ToList(), searched);
    }

    private static IEnumerable<OtherTimeout> Others(ModuleGraph graph)
    {
        foreach (var import in JsPackages.Imports(graph, TimeoutMiddleware).Where(i => graph.IsWired(i.Doc.Path)))
        {
            yield return new OtherTimeout(import.Doc, import.Import.Offset, $"a request timeout middleware ({JsImports.PackageOf(import.Import.Specifier)})");
        }

        foreach (var doc in graph.WiredModules().Where(d => IgnoreCaseSearch.Contains(d.Content, "timeout")))
        {
            foreach (var m in JsCode.Matches(doc, Other(), "imeout"))
            {
                yield return new OtherTimeout(doc, m.Index, m.Groups["server"].Success ? "the server's own request timeout" : $"a database timeout ({m.Value.Trim()})");
            }
        }
    }

    [GeneratedRegex(@"(?<server>\b(?:server|httpServer|srv|app)\s*\.\s*(?:setTimeout\s*\(|(?:requestTimeout|headersTimeout|timeout)\s*=))|\b(?:connectTimeoutMS|socketTimeoutMS|serverSelectionTimeoutMS|connectionTimeoutMillis|statement_timeout|query_timeout|acquireTimeoutMillis)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex OtherCompiled();
    private static Regex Other() => LinearRegex.Pick(OtherCompiled());
}
