using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A Next.js app loads its web fonts through <c>next/font</c> (self-hosted at build time, no layout shift), not from
/// the Google Fonts stylesheet at run time. Fonts loaded by next/font in wired-in code pass; a Google Fonts
/// stylesheet linked or imported with no next/font anywhere fails; neither is undecided (system fonts, or a way this
/// probe does not know).
/// </summary>
public sealed partial class JsNextFontsOptimized : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        if (!JsServers.IsNext(graph))
        {
            return [context.NotApplicable("no Next.js app")];
        }

        var wired = graph.WiredModules().Where(d => !CodeKinds.IsTest(d.Path)).ToList();
        var nextFont = wired.SelectMany(d => JsCode.LiteralMatches(d, NextFont(), "next/font").Select(m => context.Pass(d, m.Index, $"fonts loaded with {m.Value} (self-hosted at build time, no request to Google at run time)"))).ToList();
        if (nextFont.Count > 0)
        {
            return nextFont;
        }

        var remote = wired.SelectMany(d => JsCode.LiteralMatches(d, GoogleStylesheet(), "fonts.googleapis.com").Select(m => (Doc: d, m.Index)))
            .Concat(context.Workspace.Files.Where(f => f.Path.EndsWith(".css", StringComparison.Ordinal) || f.Path.EndsWith(".scss", StringComparison.Ordinal))
                .Where(f => !CodeKinds.InNonProductFolder(f.Path) && !CodeKinds.IsTest(f.Path))
                .Select(context.Workspace.Read).OfType<Core.Workspaces.SourceDocument>()
                .SelectMany(d => d.Content.Contains("fonts.googleapis.com", StringComparison.Ordinal) ? GoogleStylesheet().Matches(d.Content).Select(m => (Doc: d, m.Index)) : []))
            .ToList();
        return remote.Count > 0
            ? [.. remote.Take(3).Select(r => context.Fail(r.Doc, r.Index,
                "web fonts load from the Google Fonts stylesheet at run time: a render-blocking request to another origin and a layout shift when the font arrives; next/font self-hosts them"))]
            : [context.Inconclusive("no next/font and no Google Fonts stylesheet: the app uses system fonts or loads fonts in a way this probe does not know")];
    }

    [GeneratedRegex(@"(?:@next/font|next/font)/(?:google|local)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NextFont();

    [GeneratedRegex(@"fonts\.googleapis\.com/css2?\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoogleStylesheet();
}
