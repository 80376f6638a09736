using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// The common shape of an ASP.NET Core feature: services registered (<c>AddX</c>) and middleware applied
/// (<c>UseX</c>), both reachable from Program.cs / Startup. Registered but never applied, the feature does
/// nothing; applied without its services, the app fails at startup; found only in methods nothing calls, it is
/// present but not wired in.
/// </summary>
internal static class CsRegistration
{
    /// <param name="context">The probe's context.</param>
    /// <param name="what">The feature, as the messages name it ("response compression").</param>
    /// <param name="add">Service registrations; empty when the feature needs none.</param>
    /// <param name="use">Middleware or endpoint calls that apply it.</param>
    /// <param name="missing">The message when nothing is found.</param>
    public static IEnumerable<Finding> Judge(ProbeContext context, string what, string[] add, string[] use, string missing)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var found = Found(context, app, what, add, use);
        return found.Count > 0 ? found : [context.Missing(missing)];
    }

    /// <summary>What is found of the feature, judged; empty when no part of it is in the web files.</summary>
    public static List<Finding> Found(ProbeContext context, CsApp app, string what, string[] add, string[] use)
    {
        var added = app.Anywhere(add);
        var used = app.Anywhere(use);
        var addReached = added.Where(app.IsReachable).ToList();
        var useReached = used.Where(app.IsReachable).ToList();
        if (useReached.Count > 0 && (add.Length == 0 || addReached.Count > 0))
        {
            return [.. addReached.Concat(useReached).Select(c => context.Pass(c.Doc, c.Offset, $"{what}: {c.Name}() runs at startup"))];
        }

        if (addReached.Count > 0 && used.Count == 0)
        {
            return [.. addReached.Select(c => context.Fail(c.Doc, c.Offset, $"{c.Name}() registers {what}, but no {string.Join(" / ", use.Select(u => u + "()"))} applies it"))];
        }

        return added.Count + used.Count == 0 ? [] : CsVerdict.Capability(context, app, [.. added, .. used], what, "");
    }
}
