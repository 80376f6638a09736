using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Rate limiting is registered, in the pipeline and applied: <c>AddRateLimiter</c> with policies and
/// <c>UseRateLimiter()</c> reachable from Program.cs / Startup, and a GlobalLimiter, <c>RequireRateLimiting(...)</c>
/// or <c>[EnableRateLimiting]</c> putting a policy on endpoints (or AspNetCoreRateLimit's IP/client limiting).
/// </summary>
public sealed class CsRateLimiting : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var thirdParty = app.Anywhere("UseIpRateLimiting", "UseClientRateLimiting");
        if (thirdParty.Count > 0)
        {
            return CsVerdict.Capability(context, app, thirdParty, "AspNetCoreRateLimit", "");
        }

        var add = app.Anywhere("AddRateLimiter");
        var use = app.Anywhere("UseRateLimiter");
        var addReached = add.Where(app.IsReachable).ToList();
        var useReached = use.Where(app.IsReachable).ToList();
        if (addReached.Count == 0 || useReached.Count == 0)
        {
            return Incomplete(context, app, add, use, addReached, useReached);
        }

        var applied = app.Reached("RequireRateLimiting").Count > 0 || HasAttribute(app) || addReached.Any(c => c.Node.ArgumentList.ToString().Contains("GlobalLimiter", StringComparison.Ordinal));
        return applied
            ? [.. addReached.Concat(useReached).Select(c => context.Pass(c.Doc, c.Offset, $"rate limiting: {c.Name}() runs at startup and policies are applied"))]
            : [.. addReached.Select(c => context.Fail(c.Doc, c.Offset, "rate limiter policies are registered but never applied: no GlobalLimiter, RequireRateLimiting(...) or [EnableRateLimiting]"))];
    }

    private static List<Finding> Incomplete(ProbeContext context, CsApp app, IReadOnlyList<CsCall> add, IReadOnlyList<CsCall> use, List<CsCall> addReached, List<CsCall> useReached)
    {
        if (addReached.Count > 0)
        {
            return [.. addReached.Select(c => context.Fail(c.Doc, c.Offset, "AddRateLimiter() registers policies but UseRateLimiter() is never called: nothing is limited"))];
        }

        if (useReached.Count > 0)
        {
            return [.. useReached.Select(c => context.Fail(c.Doc, c.Offset, "UseRateLimiter() without AddRateLimiter(): no policy exists and the app fails at startup"))];
        }

        return add.Count + use.Count > 0
            ? [.. add.Concat(use).Select(c => CsVerdict.NotWiredIn(context, c, "rate limiting"))]
            : [context.Missing("no rate limiting: no AddRateLimiter/UseRateLimiter (or AspNetCoreRateLimit) in the app")];
    }

    private static bool HasAttribute(CsApp app) =>
        app.WebFiles.Any(d => d.Content.Contains("EnableRateLimiting", StringComparison.Ordinal)
            && CsSyntax.Root(d).DescendantNodes().OfType<AttributeSyntax>().Any(a => a.Name.ToString().StartsWith("EnableRateLimiting", StringComparison.Ordinal)));
}
