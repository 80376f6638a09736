using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// How far a structlog configuration reaches. <c>structlog.configure</c> formats the loggers structlog hands out;
/// records sent through <c>logging.getLogger</c> still leave through the stdlib handlers, in whatever format
/// <c>basicConfig</c> or <c>dictConfig</c> gave them, unless structlog's <c>ProcessorFormatter</c> is installed on
/// those handlers. An app that configures both and logs mostly through stdlib loggers writes mostly plain text.
/// </summary>
public static class PyStructlogReach
{
    /// <summary>
    /// The split when structlog is the app's only structured output, plain stdlib logging is configured too, nothing
    /// bridges the two, and more reachable modules log through stdlib loggers than through structlog; else null.
    /// </summary>
    public static StructlogSplit? OnlyItsOwnLoggers(PyGraph graph, IReadOnlyList<SourceDocument> docs, IReadOnlyList<PyHit> structured, bool plainConfigured)
    {
        var wired = structured.Where(h => graph.Reach(h.Doc.Path) == PyReach.Reachable).ToList();
        if (!plainConfigured || wired.Count == 0 || !structured.All(h => h.What.Contains("structlog", StringComparison.Ordinal) || h.What.Contains("JSONRenderer", StringComparison.Ordinal)))
        {
            return null;
        }

        var reachable = docs.Where(d => graph.Reach(d.Path) == PyReach.Reachable).ToList();
        if (reachable.Exists(d => d.Content.Contains("ProcessorFormatter", StringComparison.Ordinal) || d.Content.Contains("wrap_for_formatter", StringComparison.Ordinal)))
        {
            return null;
        }

        var stdlib = reachable.Count(d => d.Content.Contains("logging.getLogger(", StringComparison.Ordinal));
        var structlog = reachable.Count(d => d.Content.Contains("structlog", StringComparison.Ordinal) && d.Content.Contains("get_logger(", StringComparison.Ordinal));
        var first = wired[0];
        return stdlib > structlog ? new StructlogSplit($"{first.Doc.Path}:{first.Doc.Text.LineOf(first.Offset)}", stdlib, structlog) : null;
    }
}
