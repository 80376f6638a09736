using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Errors are handled somewhere the app runs: Express error middleware (a function taking err, req, res, next),
/// Next.js error pages (<c>app/**/error.tsx</c>, <c>global-error.tsx</c>, <c>pages/_error</c>), React error
/// boundaries, process-level handlers for unhandled rejections, or route handlers that catch and answer with a
/// status. Handling only in modules nothing imports fails as not wired in; finding none is inconclusive, since
/// what handling is enough depends on the app.
/// </summary>
public sealed partial class JsErrorHandling : IProbe
{
    private const int PerKind = 3;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var code = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        if (!code.Exists(d => graph.IsWired(d.Path)))
        {
            return [context.NotApplicable("no wired-in JavaScript or TypeScript code")];
        }

        var handlers = JsServers.NextHandlers(graph).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var evidence = code.Where(d => JsErrorHandlers.IsErrorPage(d.Path)).Select(d => new JsEvidence(d, 0, "Next.js error page"))
            .Concat(Hits(code, JsErrorHandlers.ErrorMiddleware(), "err", "error-handling middleware (err, req, res, next)"))
            .Concat(Hits(code, Boundary(), "Error", "React error boundary"))
            .Concat(Hits(code, ProcessHandler(), "process", "process-level handler for unhandled errors"))
            .Concat(Hits(code.Where(d => handlers.Contains(d.Path) && JsCode.Matches(d, ErrorStatus(), "50").Count > 0), JsErrorHandlers.Catch(), "catch", "route handler catches errors and answers with a status"))
            .GroupBy(e => e.What, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(e => !graph.IsWired(e.Doc.Path)).Take(PerKind));
        var findings = Wiring.Judge(context, graph, evidence, "error handling");
        return findings.Count > 0
            ? findings
            : [context.Inconclusive($"no recognised error handling (error middleware, error pages, error boundaries, process handlers) in {code.Count} module(s)")];
    }

    private static IEnumerable<JsEvidence> Hits(IEnumerable<SourceDocument> docs, Regex pattern, string keyword, string what) =>
        docs.Select(d => (Doc: d, Match: JsCode.Matches(d, pattern, keyword).FirstOrDefault())).Where(x => x.Match is not null).Select(x => new JsEvidence(x.Doc, x.Match!.Index, what));

    [GeneratedRegex(@"\bcomponentDidCatch\s*\(|\bgetDerivedStateFromError\s*\(|<ErrorBoundary\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex BoundaryCompiled();
    private static Regex Boundary() => LinearRegex.Pick(BoundaryCompiled());

    [GeneratedRegex(@"\bprocess\s*\.\s*on\s*\(\s*['""](?:unhandledRejection|uncaughtException)['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ProcessHandlerCompiled();
    private static Regex ProcessHandler() => LinearRegex.Pick(ProcessHandlerCompiled());

    [GeneratedRegex(@"\bstatus(?:Code)?\s*(?:\(|:|=)\s*5\d\d\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ErrorStatusCompiled();
    private static Regex ErrorStatus() => LinearRegex.Pick(ErrorStatusCompiled());
}
