using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Errors are handled where the app runs: Flask <c>errorhandler</c> / <c>register_error_handler</c>, FastAPI and
/// Starlette <c>exception_handler</c> / <c>add_exception_handler</c>, Django <c>handler500</c>/<c>handler404</c>, or a
/// DRF <c>EXCEPTION_HANDLER</c>. Handlers only in modules nothing imports fail as not wired in; finding none is
/// inconclusive, since the frameworks answer errors themselves and what is enough depends on the app.
/// </summary>
public sealed partial class PyErrorHandling : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) || PyPaths.IsSetAside(d.Path))
            .SelectMany(d => PyCode.Matches(d, Handler(), "andler").Take(3).Select(m => new PyHit(d, m.Index, $"error handler ({m.Value.TrimEnd('(', ' ', '=').Trim()})")))
            .ToList();
        return hits.Count > 0
            ? PyVerdict.Capability(context, graph, hits, "")
            : [context.Inconclusive("no error handler registered (errorhandler, exception_handler, handler500, EXCEPTION_HANDLER): the framework's default error pages answer")];
    }

    [GeneratedRegex(
        @"\.(?:app_)?errorhandler[ \t]*\(|\bregister_error_handler[ \t]*\(|\.exception_handler[ \t]*\(|\badd_exception_handler[ \t]*\(|^handler(?:500|404|403|400)[ \t]*=|[""']EXCEPTION_HANDLER[""'][ \t]*:",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HandlerCompiled();
    private static Regex Handler() => LinearRegex.Pick(HandlerCompiled());
}
