using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Health checks are registered (<c>AddHealthChecks</c>) and served (<c>MapHealthChecks</c> / <c>UseHealthChecks</c>),
/// both reachable from Program.cs / Startup.
/// </summary>
public sealed class CsHealthChecks : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var add = app.Anywhere("AddHealthChecks");
        var map = app.Anywhere("MapHealthChecks", "UseHealthChecks");
        var addReached = add.Where(app.IsReachable).ToList();
        var mapReached = map.Where(app.IsReachable).ToList();
        if (addReached.Count > 0 && mapReached.Count > 0)
        {
            return [.. addReached.Concat(mapReached).Select(c => context.Pass(c.Doc, c.Offset, $"health checks: {c.Name}() runs at startup"))];
        }

        if (addReached.Count > 0)
        {
            return [.. addReached.Select(c => context.Fail(c.Doc, c.Offset, "AddHealthChecks() registers checks but no MapHealthChecks(...) serves them"))];
        }

        if (mapReached.Count > 0)
        {
            return [.. mapReached.Select(c => context.Fail(c.Doc, c.Offset, "MapHealthChecks() without AddHealthChecks(): the app fails at startup"))];
        }

        return CsVerdict.Capability(context, app, [.. add, .. map], "health checks", "no health check endpoint: no AddHealthChecks() / MapHealthChecks(...)");
    }
}
