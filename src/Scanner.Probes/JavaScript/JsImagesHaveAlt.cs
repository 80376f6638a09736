using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Every <c>&lt;img&gt;</c> in the site's own JSX, HTML and Vue or Svelte templates, and every next/image
/// <c>&lt;Image&gt;</c> (under whatever name the file imports it), carries an <c>alt</c> attribute; <c>alt=""</c> marks a
/// decorative image and counts. Each tag without one fails at its line; a tag whose attributes come from a spread
/// is undecided. Tests, stories, minified, vendored and generated files are not the site's own markup.
/// </summary>
public sealed class JsImagesHaveAlt : IProbe
{
    private static readonly string[] JsxExtensions = [".jsx", ".tsx", ".js", ".mjs"];
    private static readonly string[] MarkupExtensions = [".html", ".htm", ".vue", ".svelte", ".astro"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var tags = 0;
        foreach (var doc in context.Documents(IsOwnMarkup))
        {
            var jsx = JsxExtensions.Any(e => doc.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
            var fileFindings = new List<Finding>();
            var withAlt = 0;
            foreach (var (at, name) in Tags(doc, jsx))
            {
                tags++;
                switch (ImageTags.Judge(doc.Content, at))
                {
                    case ImageTags.Alt.Present:
                        withAlt++;
                        break;
                    case ImageTags.Alt.Missing:
                        fileFindings.Add(context.Fail(doc, at, $"<{name}> without an alt attribute: screen readers announce the file name or nothing (use alt=\"\" for a decorative image)"));
                        break;
                    default:
                        fileFindings.Add(context.AtOffset(Outcome.Inconclusive, doc, at, $"<{name}> takes its attributes from a spread or runs past the scan's limit: whether it has alt text is not visible here"));
                        break;
                }
            }

            if (withAlt > 0 && fileFindings.Count == 0)
            {
                fileFindings.Add(context.Pass(doc, Tags(doc, jsx).First().At, $"{withAlt} image tag(s) in {doc.Path}, all with an alt attribute"));
            }

            findings.AddRange(fileFindings);
        }

        return tags > 0 ? findings : [context.NotApplicable("no <img> or next/image <Image> tags in the site's own markup")];
    }

    /// <summary>Offsets of image tags: <c>&lt;img</c> and, in JSX, the names bound to next/image; in JSX only outside strings and comments.</summary>
    private static IEnumerable<(int At, string Name)> Tags(SourceDocument doc, bool jsx)
    {
        var names = new List<string> { "img" };
        if (jsx && doc.Content.Contains("next/image", StringComparison.Ordinal))
        {
            names.AddRange(JsImports.Of(doc).Where(i => i.Specifier is "next/image" or "next/legacy/image" && i.LocalName is not null).Select(i => i.LocalName!));
        }

        var comparison = jsx ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var token = "<" + name;
            for (var at = doc.Content.IndexOf(token, comparison); at >= 0; at = doc.Content.IndexOf(token, at + token.Length, comparison))
            {
                var next = at + token.Length < doc.Content.Length ? doc.Content[at + token.Length] : ' ';
                if ((char.IsWhiteSpace(next) || next is '/' or '>') && (jsx ? doc.Regions.KindAt(at) == RegionKind.Code : !InHtmlComment(doc.Content, at)))
                {
                    yield return (at, name);
                }
            }
        }
    }

    private static bool InHtmlComment(string text, int at)
    {
        var open = text.LastIndexOf("<!--", at, StringComparison.Ordinal);
        return open >= 0 && text.IndexOf("-->", open, StringComparison.Ordinal) is var close && (close < 0 || close > at);
    }

    private static bool IsOwnMarkup(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return (JsxExtensions.Concat(MarkupExtensions).Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))) &&
            !name.Contains(".min.", StringComparison.Ordinal) && !name.Contains(".stories.", StringComparison.Ordinal) && !name.Contains(".story.", StringComparison.Ordinal) &&
            !path.Contains("node_modules/", StringComparison.Ordinal) && !path.Contains("vendor/", StringComparison.Ordinal) &&
            !path.Contains("coverage/", StringComparison.Ordinal) && !path.Contains("report", StringComparison.OrdinalIgnoreCase) &&
            !path.StartsWith("dist/", StringComparison.Ordinal) && !path.Contains("/dist/", StringComparison.Ordinal) &&
            !path.StartsWith("build/", StringComparison.Ordinal) && !path.Contains("/build/", StringComparison.Ordinal) &&
            !path.Contains(".storybook/", StringComparison.Ordinal) && !CodeKinds.IsTest(path) && !CodeKinds.InNonProductFolder(path) && !NonProduction.IsSetAside(path);
    }
}
