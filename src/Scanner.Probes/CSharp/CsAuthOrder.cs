using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// In the pipeline as the app builds it: <c>UseAuthentication()</c> before <c>UseAuthorization()</c>, both after an
/// explicit <c>UseRouting()</c> and before an explicit <c>UseEndpoints(...)</c>. (With WebApplication, MapX calls
/// register endpoints that run at the end of the pipeline wherever they are written, so they are not an order.)
/// </summary>
public sealed class CsAuthOrder : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (!app.IsWebApp)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var pipeline = app.Pipeline;
        var names = pipeline.Select(c => c.Name).ToList();
        int At(string name) => names.IndexOf(name);
        var authentication = At("UseAuthentication");
        var authorization = At("UseAuthorization");
        if (authentication < 0 && authorization < 0)
        {
            return [context.NotApplicable("no UseAuthentication() or UseAuthorization() in the pipeline")];
        }

        var routing = At("UseRouting");
        var endpoints = At("UseEndpoints");
        var findings = new List<Finding>();
        if (authentication >= 0 && authorization >= 0 && authentication > authorization)
        {
            findings.Add(Fail(context, pipeline[authentication], "UseAuthentication() runs after UseAuthorization(): authorization sees an anonymous user"));
        }

        foreach (var index in new[] { authentication, authorization }.Where(i => i >= 0))
        {
            if (endpoints >= 0 && index > endpoints)
            {
                findings.Add(Fail(context, pipeline[index], $"{pipeline[index].Name}() runs after UseEndpoints(): endpoints execute before it"));
            }

            if (routing >= 0 && index < routing)
            {
                findings.Add(Fail(context, pipeline[index], $"{pipeline[index].Name}() runs before UseRouting(): it cannot see the endpoint's [Authorize] metadata"));
            }
        }

        return findings.Count > 0 ? findings
            : [.. new[] { authentication, authorization }.Where(i => i >= 0).Select(i => context.Pass(pipeline[i].Doc, pipeline[i].Offset, $"{pipeline[i].Name}() in the right place"))];
    }

    private static Finding Fail(ProbeContext context, CsCall call, string message) => context.Fail(call.Doc, call.Offset, message);
}
