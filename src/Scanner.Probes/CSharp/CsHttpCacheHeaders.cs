using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Responses carry caching headers the app decides: <c>[ResponseCache]</c> on controllers, actions or pages the app
/// maps, Cache-Control / ETag / Expires / Last-Modified set in code Program.cs or Startup reaches (inline, in a
/// registered middleware, a static-files <c>OnPrepareResponse</c>, a mapped controller), or response caching
/// (<c>AddResponseCaching</c> + <c>UseResponseCaching</c>) applied. Finding none proves nothing: a proxy or CDN
/// may set them, so absence is undecided.
/// </summary>
public sealed class CsHttpCacheHeaders : IProbe
{
    private static readonly string[] MvcMapping =
        ["MapControllers", "MapControllerRoute", "MapDefaultControllerRoute", "MapAreaControllerRoute", "UseMvc", "UseMvcWithDefaultRoute", "MapRazorPages"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var passes = new List<Finding>();
        var unwired = new List<Finding>();
        var applied = app.Reached("UseResponseCaching");
        if (applied.Count > 0 && app.Reached("AddResponseCaching").Count > 0)
        {
            passes.AddRange(applied.Select(c => context.Pass(c.Doc, c.Offset, "response caching: UseResponseCaching() runs at startup and serves responses by their Cache-Control")));
        }

        var registered = app.Anywhere("UseMiddleware").SelectMany(c => CsNames.TypeArguments(c.Node)).ToHashSet(StringComparer.Ordinal);
        var mappings = app.Reached(MvcMapping);
        var mapped = mappings.Count > 0 ? mappings[0] : null;
        foreach (var doc in app.WebFiles.Where(d => context.Card.Files.Matches(d.Path)))
        {
            var settings = CsCacheHeaderSettings.In(doc);
            if (settings.Count == 0)
            {
                continue;
            }

            var wired = CsDeclared.WiredBy(app, doc) ?? (mapped is not null && DeclaresEndpointClass(doc) ? mapped : null);
            var deadMiddleware = wired is null ? UnregisteredMiddleware(app, doc, registered) : null;
            foreach (var (at, what) in settings)
            {
                if (wired is not null)
                {
                    passes.Add(context.Pass(doc, at, $"{what} set in {doc.Path}; wired in: {wired.Name}() at {wired.Doc.Path}:{wired.Doc.Text.LineOf(wired.Offset)}"));
                }
                else if (deadMiddleware is not null)
                {
                    unwired.Add(context.Fail(doc, at, $"{what} set in {deadMiddleware}, a middleware class nothing registers (no app.UseMiddleware<{deadMiddleware}>()): present but not wired in"));
                }
                else
                {
                    unwired.Add(context.AtOffset(Outcome.Inconclusive, doc, at, $"{what} set in {doc.Path}, but nothing Program.cs or Startup calls was seen to use it"));
                }
            }
        }

        return passes.Count > 0 ? passes
            : unwired.Count > 0 ? unwired
            : [context.Inconclusive("no caching headers set by the app ([ResponseCache], Cache-Control / ETag on responses, UseResponseCaching()); a proxy or CDN may set them")];
    }

    /// <summary>
    /// The file's middleware class when no UseMiddleware call names any of the file's middleware classes and no
    /// other shipped file mentions them: the one shape where "nothing runs it" is proven rather than guessed.
    /// </summary>
    private static string? UnregisteredMiddleware(CsApp app, SourceDocument doc, HashSet<string> registered)
    {
        var middleware = CsSyntax.Root(doc).DescendantNodes().OfType<ClassDeclarationSyntax>().Where(CsMiddlewareRegistered.IsMiddleware).Select(c => c.Identifier.ValueText).ToList();
        var mentioned = middleware.Any(registered.Contains)
            || app.CodeFiles.Any(d => d.Path != doc.Path && middleware.Any(m => d.Content.Contains(m, StringComparison.Ordinal)));
        return middleware.Count > 0 && !mentioned ? middleware[0] : null;
    }

    /// <summary>A controller or Razor page: MVC finds it by convention once the app maps controllers or pages.</summary>
    private static bool DeclaresEndpointClass(SourceDocument doc) =>
        CsSyntax.Root(doc).DescendantNodes().OfType<ClassDeclarationSyntax>().Any(c =>
            c.Identifier.ValueText.EndsWith("Controller", StringComparison.Ordinal)
            || c.BaseList?.Types.Any(b => b.Type.ToString() is "Controller" or "ControllerBase" or "PageModel") == true
            || c.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "ApiController" or "Controller"));
}
