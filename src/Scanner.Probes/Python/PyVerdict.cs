using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Python;

/// <summary>
/// Turns hits into findings with the wiring rule: a capability counts only where its module is reachable from an
/// app entry; found only in modules nothing imports, it is "present but not wired in" and fails; with no entry
/// known, presence alone is inconclusive. Hazards count where the code runs (or might, when no entry is known).
/// </summary>
public static class PyVerdict
{
    public static List<Finding> Capability(ProbeContext context, PyGraph graph, IReadOnlyList<PyHit> hits, string missing)
    {
        var reachable = hits.Where(h => graph.Reach(h.Doc.Path) == PyReach.Reachable).ToList();
        if (reachable.Count > 0)
        {
            return [.. reachable.Select(h => context.Pass(h.Doc, h.Offset, $"{h.What}, wired in{Via(graph, h.Doc.Path)}"))];
        }

        var unwired = hits.Where(h => graph.Reach(h.Doc.Path) == PyReach.Unreachable).ToList();
        if (unwired.Count > 0)
        {
            return [.. unwired.Select(h => context.Fail(h.Doc, h.Offset, $"{h.What}: present but not wired in ({h.Doc.Path} is not imported from any app entry)"))];
        }

        if (hits.Count > 0)
        {
            return [.. hits.Select(h => context.AtOffset(Outcome.Inconclusive, h.Doc, h.Offset,
                $"{h.What}, but no app entry (wsgi.py, asgi.py, Procfile, gunicorn/uvicorn command ...) was found to tell whether it runs"))];
        }

        return [context.Missing(missing)];
    }

    /// <summary>True when a hazard at this path runs in production: reachable, or possibly so when no entry is known.</summary>
    public static bool Counts(PyGraph graph, string path) => graph.Reach(path) != PyReach.Unreachable;

    /// <summary>" (reached from wsgi.py)" for a module imported by another, "" for an entry itself.</summary>
    public static string Via(PyGraph graph, string path)
    {
        var from = graph.ReachedFrom(path);
        return from is null || from == path ? "" : $" (reached from {from})";
    }

    public static Finding NotAWebApp(ProbeContext context) =>
        context.NotApplicable("no Python web app: no module imports Flask, FastAPI, Django, Starlette or another web framework");
}
