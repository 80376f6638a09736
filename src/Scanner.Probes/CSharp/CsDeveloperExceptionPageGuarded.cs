using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// <c>UseDeveloperExceptionPage()</c> runs only inside an <c>IsDevelopment()</c> check; outside one, production shows
/// stack traces, source lines and configuration to visitors.
/// </summary>
public sealed class CsDeveloperExceptionPageGuarded : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (!app.IsWebApp)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var findings = app.Reached("UseDeveloperExceptionPage", "UseDatabaseErrorPage", "UseMigrationsEndPoint")
            .Select(c => CsNames.InsideDevelopmentCheck(c.Node)
                ? context.Pass(c.Doc, c.Offset, $"{c.Name}() only in Development")
                : context.Fail(c.Doc, c.Offset, $"{c.Name}() outside an IsDevelopment() check: production error pages show stack traces and code"))
            .ToList();
        if (findings.Count > 0)
        {
            return findings;
        }

        return app.Reached("UseExceptionHandler", "UseStatusCodePages", "UseProblemDetails") is [var handler, ..]
            ? [context.Pass(handler.Doc, handler.Offset, $"errors handled by {handler.Name}(); no developer exception page")]
            : [context.Searched(app.EntryFiles, "no UseDeveloperExceptionPage(): ASP.NET Core shows it in Development only by default")];
    }
}
