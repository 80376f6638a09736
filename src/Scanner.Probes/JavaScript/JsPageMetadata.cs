using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A web front end gives its pages the metadata search engines and link previews read, each judged as its own
/// subject: a description, Open Graph tags, an Open Graph image, a Twitter card and a favicon. They come from a
/// Next.js <c>metadata</c> export or <c>generateMetadata</c> (its keys), the framework's file conventions
/// (<c>app/opengraph-image.png</c>, <c>app/icon.png</c>, <c>favicon.ico</c>), or head tags written in pages and
/// <c>index.html</c> (<c>&lt;meta property="og:title"&gt;</c>). One that none of these places sets fails, naming
/// what was searched.
/// </summary>
public sealed partial class JsPageMetadata : IProbe
{
    private sealed record Aspect(string Subject, string What, Regex InMetadata, Regex InHead, Func<string, bool> IsFile);

    private static readonly Aspect[] Aspects =
    [
        new("metadata:description", "page description", DescriptionKey(), DescriptionTag(), _ => false),
        new("metadata:open-graph", "Open Graph tags", OpenGraphKey(), OpenGraphTag(), n => n.StartsWith("opengraph-image.", StringComparison.Ordinal)),
        new("metadata:og-image", "Open Graph image", OpenGraphImagesKey(), OpenGraphImageTag(), n => n.StartsWith("opengraph-image.", StringComparison.Ordinal)),
        new("metadata:twitter-card", "Twitter card", TwitterKey(), TwitterTag(), n => n.StartsWith("twitter-image.", StringComparison.Ordinal)),
        new("metadata:icons", "favicon or app icon", IconsKey(), IconTag(), IsIconFile),
    ];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        if (WebFrontEnd.Reason(context.Workspace, graph) is null)
        {
            return [context.NotApplicable("no web pages (no site framework, index.html, page script or server sending HTML): an API has no page metadata")];
        }

        var code = graph.Modules.Where(d => !CodeKinds.IsTest(d.Path) && !CodeKinds.InNonProductFolder(d.Path)).ToList();
        var metadata = code.Where(d => JsCode.Matches(d, MetadataExport(), "etadata").Count > 0).ToList();
        var pages = context.Workspace.Files.Where(f => f.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && IsOwn(f.Path))
            .Select(context.Workspace.Read).OfType<SourceDocument>().Concat(code).ToList();
        // Icons and images are binary: the walker passes over them unread, but their names are what the convention reads.
        var files = context.Workspace.Files.Select(f => f.Path).Concat(context.Workspace.Notes.Where(n => n.Kind == "binary").Select(n => n.Path))
            .Where(IsOwn).Order(StringComparer.Ordinal).ToList();
        var searched = $"searched {metadata.Count} metadata export(s), the head tags of {pages.Count} page(s) and module(s), and the icon and image file conventions";

        var names = files.Select(Name).ToHashSet(StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var aspect in Aspects)
        {
            // A head tag that links a file of the site's own (href="/favicon.ico") counts only when that file is there.
            var tags = pages.SelectMany(d => HeadTags(d, aspect.InHead).Select(at => (Doc: d, At: at, Linked: LinkedFile(d.Content, at)))).ToList();
            var broken = tags.Where(t => t.Linked is { } f && !names.Contains(f)).Select(t => context.Fail(t.Doc, t.At, $"{aspect.What}: the head tags link /{t.Linked}, which is not in the repository")).Take(1);
            var found = metadata.SelectMany(d => JsCode.Matches(d, aspect.InMetadata, "").Take(1).Select(m => context.Pass(d, m.Index, $"{aspect.What}: set in the metadata export")))
                .Concat(tags.Where(t => t.Linked is not { } f || names.Contains(f)).Take(1).Select(t => context.Pass(t.Doc, t.At, $"{aspect.What}: set in the page's head tags")))
                .Concat(files.Where(f => aspect.IsFile(Name(f))).Take(1).Select(f => context.AtFile(Outcome.Pass, f, $"{aspect.What}: {f}, served by its file name")))
                .FirstOrDefault();
            findings.Add((found ?? broken.FirstOrDefault() ?? context.Missing($"no {aspect.What} anywhere: {searched}")) with { Subject = aspect.Subject });
        }

        return findings;
    }

    private static IEnumerable<int> HeadTags(SourceDocument doc, Regex tag) =>
        doc.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            ? tag.Matches(doc.Content).Select(m => m.Index)
            : JsCode.LiteralMatches(doc, tag, "").Concat(JsCode.Matches(doc, tag, "")).Select(m => m.Index);

    /// <summary>The file name a tag at <paramref name="at"/> links on the site itself (href or content "/x.png"), or null.</summary>
    private static string? LinkedFile(string text, int at)
    {
        var open = text.LastIndexOf('<', at);
        var close = text.IndexOf('>', at);
        if (open < 0 || close < 0 || close - open > 600)
        {
            return null;
        }

        var link = LinkedPath().Match(text, open, close - open);
        return link.Success && !link.Groups["path"].Value.StartsWith("//", StringComparison.Ordinal)
            ? Name(link.Groups["path"].Value.Split('?')[0]) is { Length: > 0 } name && name.Contains('.', StringComparison.Ordinal) ? name : null
            : null;
    }

    private static bool IsOwn(string path) =>
        !path.Contains("node_modules/", StringComparison.Ordinal) && !CodeKinds.IsTest(path) && !CodeKinds.InNonProductFolder(path) && !NonProduction.IsSetAside(path);

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();

    private static bool IsIconFile(string name) =>
        name.StartsWith("favicon.", StringComparison.Ordinal) || name.StartsWith("apple-icon.", StringComparison.Ordinal) || name.StartsWith("apple-touch-icon", StringComparison.Ordinal)
        || (name.StartsWith("icon.", StringComparison.Ordinal) && name.EndsWith(".png", StringComparison.Ordinal) || name is "icon.svg" or "icon.ico" or "icon.tsx" or "icon.jsx");

    [GeneratedRegex(@"\bexport\s+(?:const\s+metadata\b|(?:async\s+)?function\s+generateMetadata\b)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex MetadataExportCompiled();
    private static Regex MetadataExport() => LinearRegex.Pick(MetadataExportCompiled());

    [GeneratedRegex(@"\b(?:href|content)\s{0,8}=\s{0,8}[""'{`]{1,2}(?<path>/[^""'`\s}>]{1,200})", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedPath();

    [GeneratedRegex(@"\bdescription\s{0,8}:", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionKey();

    [GeneratedRegex(@"\bopenGraph\s{0,8}:", RegexOptions.CultureInvariant)]
    private static partial Regex OpenGraphKey();

    // The images of the openGraph object itself, not of some other object in the module.
    [GeneratedRegex(@"\bopenGraph\s{0,8}:\s{0,8}\{[^}]{0,600}\bimages\s{0,8}:", RegexOptions.CultureInvariant)]
    private static partial Regex OpenGraphImagesKey();

    [GeneratedRegex(@"\btwitter\s{0,8}:", RegexOptions.CultureInvariant)]
    private static partial Regex TwitterKey();

    [GeneratedRegex(@"\bicons\s{0,8}:", RegexOptions.CultureInvariant)]
    private static partial Regex IconsKey();

    [GeneratedRegex(@"name\s{0,8}=\s{0,8}[""']description[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionTag();

    [GeneratedRegex(@"property\s{0,8}=\s{0,8}[""']og:(?:title|description|url|type)[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpenGraphTag();

    [GeneratedRegex(@"property\s{0,8}=\s{0,8}[""']og:image[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpenGraphImageTag();

    [GeneratedRegex(@"name\s{0,8}=\s{0,8}[""']twitter:card[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TwitterTag();

    [GeneratedRegex(@"rel\s{0,8}=\s{0,8}[""'](?:shortcut\s)?icon[""']|rel\s{0,8}=\s{0,8}[""']apple-touch-icon[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IconTag();
}
