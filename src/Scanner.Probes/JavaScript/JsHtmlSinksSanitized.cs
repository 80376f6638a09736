using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Raw HTML reaches the page only through a sanitiser: every wired-in <c>dangerouslySetInnerHTML</c> and
/// <c>.innerHTML =</c> takes a literal or a sanitised value (DOMPurify, sanitize-html, an escape helper, JSON with
/// <c>&lt;</c> escaped). A sink fed by a bare <c>JSON.stringify</c>, or by markup pasted together from values in a
/// file that sanitises nothing, fails; a variable or a renderer's output may be safe for reasons elsewhere and is
/// left undecided. A
/// React app with no raw sink passes, since React escapes text; a sanitiser found only in code nothing imports
/// fails as not wired in.
/// </summary>
public sealed partial class JsHtmlSinksSanitized : IProbe
{
    private static readonly HashSet<string> Sanitisers = new(StringComparer.Ordinal)
    {
        "dompurify", "isomorphic-dompurify", "sanitize-html", "xss", "dompurify-html", "insane", "@jitl/quickjs-dompurify",
    };

    private static readonly string[] UiPackages = ["react", "react-dom", "next", "preact", "solid-js"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        if (!graph.Manifests.Any(m => !CodeKinds.InNonProductFolder(m.Path) && UiPackages.Any(m.Declares)))
        {
            return [context.NotApplicable("no React/Next.js UI: no package declares react, next, preact or solid-js")];
        }

        var modules = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path) && !IsServedAsset(d.Path)).ToList();
        var findings = new List<Finding>();
        foreach (var doc in modules)
        {
            foreach (var (at, value) in Sinks(doc))
            {
                var verdict = Judge(doc, value);
                if (verdict != Outcome.Pass)
                {
                    findings.Add(context.AtOffset(verdict, doc, at, verdict == Outcome.Fail
                        ? $"raw HTML sink fed without a sanitiser ({Short(value)}): markup in the value runs as script"
                        : $"raw HTML sink fed by {Short(value)}: whether it was sanitised is not visible here"));
                }
            }
        }

        var sanitisers = Wiring.Judge(context, graph, JsPackages.Imports(graph, Sanitisers).Select(p => new JsEvidence(p.Doc, p.Import.Offset, $"{JsImports.PackageOf(p.Import.Specifier)} imported")), "HTML sanitiser");
        if (findings.Count > 0)
        {
            return findings;
        }

        if (sanitisers.Count > 0)
        {
            return sanitisers;
        }

        return modules.Count > 0
            ? [context.Searched(modules.Select(m => m.Path), $"no raw HTML sink (dangerouslySetInnerHTML, innerHTML) in {modules.Count} wired-in module(s): React escapes everything else it renders")]
            : [context.Inconclusive("no wired-in module found to judge (no entry point reaches the UI code)")];
    }

    private static IEnumerable<(int At, string Value)> Sinks(SourceDocument doc)
    {
        foreach (var m in JsCode.Matches(doc, ReactSink(), "dangerouslySetInnerHTML"))
        {
            var inner = doc.Content.IndexOf('{', doc.Content.IndexOf('{', m.Index) + 1);
            var end = Math.Max(m.Index + m.Length, JsCode.SpanEnd(doc, inner) - 1);
            yield return (m.Index, doc.Content[(m.Index + m.Length)..end].Trim());
        }

        foreach (var m in JsCode.Matches(doc, DomSink(), "HTML"))
        {
            if (m.Index + m.Length < doc.Content.Length && doc.Content[m.Index + m.Length] == '=')
            {
                continue;
            }

            var stop = doc.Content.IndexOfAny([';', '\n'], m.Index + m.Length);
            yield return (m.Index, doc.Content[(m.Index + m.Length)..(stop < 0 ? doc.Content.Length : stop)].Trim());
        }
    }

    private static Outcome Judge(SourceDocument doc, string value)
    {
        value = EnvValue().Replace(value, "");
        if (value.Length == 0 || SanitisedValue().IsMatch(value) || PlainLiteral().IsMatch(value) || (value.StartsWith('`') && !SqlText.Interpolates(value, dollar: true)))
        {
            return Outcome.Pass;
        }

        // A bare JSON.stringify is the known JSON-LD hole; markup pasted together from values is raw HTML. Anything
        // else (a variable, a library's renderer) may be safe for reasons outside the file.
        var built = value.Contains("${", StringComparison.Ordinal) || value.Contains('+');
        if (value.StartsWith("JSON.stringify", StringComparison.Ordinal) || (built && JsCode.Matches(doc, SanitisedValue(), "").Count == 0))
        {
            return Outcome.Fail;
        }

        return Outcome.Inconclusive;
    }

    /// <summary>Files served as they are (public/, static/, vendored or minified bundles) are not the app's source.</summary>
    private static bool IsServedAsset(string path) =>
        path.StartsWith("public/", StringComparison.Ordinal) || path.Contains("/public/", StringComparison.Ordinal) || path.StartsWith("static/", StringComparison.Ordinal)
        || path.Contains("/static/", StringComparison.Ordinal) || path.Contains("/vendor/", StringComparison.Ordinal) || path.EndsWith(".min.js", StringComparison.Ordinal);

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "...";

    [GeneratedRegex(@"dangerouslySetInnerHTML\s*=\s*\{\s*\{\s*__html\s*:", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ReactSinkCompiled();
    private static Regex ReactSink() => LinearRegex.Pick(ReactSinkCompiled());

    [GeneratedRegex(@"\.[ \t]{0,8}(?:inner|outer)HTML[ \t]{0,8}\+?=", RegexOptions.CultureInvariant)]
    private static partial Regex DomSink();

    [GeneratedRegex(@"saniti[sz]|purify|escape|\.replace\s*\(\s*/<", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SanitisedValueCompiled();
    private static Regex SanitisedValue() => LinearRegex.Pick(SanitisedValueCompiled());

    // ${process.env.X}: configuration the deployer sets, not user content.
    [GeneratedRegex(@"\$\{[ \t]{0,4}process\.env\.\w{1,80}[ \t]{0,4}\}", RegexOptions.CultureInvariant)]
    private static partial Regex EnvValue();

    [GeneratedRegex(@"^(?:'[^'\n]{0,2000}'|""[^""\n]{0,2000}""|`[^`$]{0,2000}`)\s{0,4}\}?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainLiteral();
}
