using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>Helmet is imported and called, and no <c>contentSecurityPolicy: false</c> switches its CSP off.</summary>
public sealed partial class JsHelmetCspEnabled : IProbe
{
    private static readonly HashSet<string> ServerFrameworks = new(StringComparer.Ordinal) { "express", "fastify", "koa", "connect", "@hapi/hapi", "restify" };
    private static readonly HashSet<string> HelmetPackages = new(StringComparer.Ordinal) { "helmet", "@fastify/helmet", "koa-helmet" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var servers = new List<(SourceDocument Doc, int Offset, string Framework)>();
        var helmetImported = false;
        foreach (var doc in context.Documents())
        {
            var imports = JsImports.Of(doc);
            servers.AddRange(imports.Where(i => ServerFrameworks.Contains(i.Specifier)).Select(i => (doc, i.Offset, i.Specifier)));
            foreach (var helmet in imports.Where(i => HelmetPackages.Contains(JsImports.PackageOf(i.Specifier))))
            {
                helmetImported = true;
                findings.AddRange(Judge(context, doc, helmet));
            }

            findings.AddRange(CodeMatches(doc, CspDisabled()).Select(offset =>
                context.Fail(doc, offset, "helmet's Content-Security-Policy is switched off (contentSecurityPolicy: false)")));
        }

        if (!helmetImported)
        {
            findings.AddRange(servers.Select(s =>
                context.Fail(s.Doc, s.Offset, $"{s.Framework} server without helmet: no security headers and no Content-Security-Policy")));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no Express, Fastify or Koa server and no helmet import")];
    }

    private static IEnumerable<Finding> Judge(ProbeContext context, SourceDocument doc, JsImport helmet)
    {
        if (helmet.LocalName is null)
        {
            return [context.Fail(doc, helmet.Offset, "helmet is imported without a binding, so it is never applied")];
        }

        var callPattern = new Regex(
            $@"(?:\b{Regex.Escape(helmet.LocalName)}\s*(?:\.\s*contentSecurityPolicy\s*)?\(|\bregister\s*\(\s*{Regex.Escape(helmet.LocalName)}\b)",
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        var calls = CodeMatches(doc, callPattern);
        return calls.Count == 0
            ? [context.Fail(doc, helmet.Offset, $"helmet is imported as '{helmet.LocalName}' but never applied in this file")]
            : calls.Select(o => context.Pass(doc, o, "helmet applied"));
    }

    private static List<int> CodeMatches(SourceDocument doc, Regex pattern)
    {
        var offsets = new List<int>();
        foreach (var m in pattern.EnumerateMatches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) == RegionKind.Code)
            {
                offsets.Add(m.Index);
            }
        }

        return offsets;
    }

    [GeneratedRegex(@"\bcontentSecurityPolicy\s*:\s*false\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex CspDisabled();
}
