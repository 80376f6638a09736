using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// The pipeline redirects HTTP to HTTPS (<c>UseHttpsRedirection</c>) and sends HSTS (<c>UseHsts</c>), both reachable
/// from Program.cs / Startup; HSTS only inside an <c>IsDevelopment()</c> branch is off in production.
/// </summary>
public sealed class CsHttpsHsts : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var findings = CsVerdict.Capability(context, app, app.Anywhere("UseHttpsRedirection"), "HTTPS redirection",
            "no UseHttpsRedirection(): requests over plain HTTP are served as they come");
        var hsts = app.Anywhere("UseHsts");
        var developmentOnly = hsts.Where(c => app.IsReachable(c) && CsNames.InsideDevelopmentCheck(c.Node)).ToList();
        findings.AddRange(developmentOnly.Count > 0 && developmentOnly.Count == hsts.Count(app.IsReachable)
            ? developmentOnly.Select(c => context.Fail(c.Doc, c.Offset, "UseHsts() runs only in Development: production never sends Strict-Transport-Security"))
            : CsVerdict.Capability(context, app, hsts, "HSTS", "no UseHsts(): browsers are never told to use HTTPS only (Strict-Transport-Security)"));
        return findings;
    }
}
