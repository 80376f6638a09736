using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Python;

/// <summary>
/// The app's logs are structured: a JSON formatter (python-json-logger, a JsonFormatter in dictConfig or LOGGING),
/// structlog configured, loguru with <c>serialize=True</c>, ecs-logging or an OpenTelemetry log pipeline, in a module
/// the app reaches. Found only in a module nothing imports, it fails as not wired in; logging configured with plain
/// format strings and nothing structured anywhere fails at that configuration; no logging set up is undecided.
/// structlog configured beside plain stdlib logging, with no bridge between them, structures only structlog's own
/// loggers: where more modules log through <c>logging.getLogger</c> than through structlog, the app's logs are
/// mostly plain text and the probe fails at the plain configuration.
/// </summary>
public sealed class PyLogsStructured : IProbe
{
    private const int Shown = 3;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)).ToList();
        var structured = docs.SelectMany(d => PyCode.MatchesOutsideComments(d, PyLogSetup.Structured(), "").Where(m => !PyCode.OnImportLine(d, m.Index))
            .Select(m => new PyHit(d, m.Index, $"structured logging ({m.Value})"))).DistinctBy(h => (h.Doc.Path, h.Doc.Text.LineOf(h.Offset))).ToList();
        var plain = docs.Where(d => PyVerdict.Counts(graph, d.Path)).SelectMany(d => PyCode.Matches(d, PyLogSetup.Configuration(), "log")
            .Where(m => !PyCode.OnImportLine(d, m.Index) && !m.Value.StartsWith("structlog", StringComparison.Ordinal)).Select(m => (Doc: d, m.Index))).ToList();
        if (structured.Count > 0 && PyStructlogReach.OnlyItsOwnLoggers(graph, docs, structured, plain.Count > 0) is { } split)
        {
            return [.. plain.Take(Shown).Select(p => context.Fail(p.Doc, p.Index,
                $"logging is configured with plain text output: structlog is configured ({split.Where}) but only formats its own loggers, and {split.Stdlib} module(s) log through logging.getLogger against {split.Structlog} through structlog, with no structlog.stdlib.ProcessorFormatter on the stdlib handlers"))];
        }

        if (structured.Count > 0)
        {
            return PyVerdict.Capability(context, graph, structured, "");
        }

        return plain.Count > 0
            ? [.. plain.Take(Shown).Select(p => context.Fail(p.Doc, p.Index,
                "logging is configured with plain text output: no JSON formatter (python-json-logger), structlog, loguru serialize=True, ecs-logging or OpenTelemetry log pipeline in the app"))]
            : [context.Inconclusive("logging is never configured in the app, so its output format cannot be told")];
    }
}
