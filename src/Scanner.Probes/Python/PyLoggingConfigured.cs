using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Python;

/// <summary>
/// Logging is configured where the app starts: <c>logging.basicConfig</c>, <c>dictConfig</c> / <c>fileConfig</c>,
/// Django's LOGGING setting, structlog or loguru configuration, OpenTelemetry's log pipeline (<c>set_logger_provider</c>,
/// <c>LoggingInstrumentor</c>), in a module reachable from the app entry.
/// Configuration in a module nothing imports is present but not wired in.
/// </summary>
public sealed class PyLoggingConfigured : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = new List<PyHit>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => !PyPaths.IsTooling(d.Path)))
        {
            var structured = PyLogSetup.Structured().IsMatch(doc.Content) ? "structured (JSON) " : "";
            hits.AddRange(PyCode.Matches(doc, PyLogSetup.Configuration(), "log").Where(m => !PyCode.OnImportLine(doc, m.Index))
                .Select(m => new PyHit(doc, m.Index, $"{structured}logging configured")));
        }

        // Plain logging set up (basicConfig with a text format) meets "logging configured", not "structured logs": its
        // passes carry their own subject, so the structured-logging control does not count them.
        return PyVerdict.Capability(context, graph, hits,
            "logging is never configured (no basicConfig, dictConfig, Django LOGGING, structlog, loguru or OpenTelemetry logs setup): levels and format are left to chance")
            .Select(f => f.Outcome == Outcome.Pass && !f.Message.StartsWith("structured", StringComparison.Ordinal) ? f with { Subject = "plain-logging" } : f);
    }
}
