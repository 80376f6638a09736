using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Helmet is imported and applied in wired-in code, before the routes, and no <c>contentSecurityPolicy: false</c>
/// switches its CSP off; a Next.js app sets Content-Security-Policy in next.config <c>headers()</c> or middleware.
/// </summary>
public sealed partial class JsHelmetCspEnabled : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        var helmet = JsPackages.Imports(graph, HelmetUses.Packages).Where(i => context.Card.Files.Matches(i.Doc.Path)).ToList();
        var wired = helmet.Where(i => graph.IsWired(i.Doc.Path)).ToList();
        foreach (var import in wired)
        {
            findings.AddRange(Judge(context, graph, import));
        }

        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)))
        {
            findings.AddRange(JsCode.Matches(doc, CspDisabled(), "contentSecurityPolicy").Select(m =>
                context.Fail(doc, m.Index, "helmet's Content-Security-Policy is switched off (contentSecurityPolicy: false)")));
        }

        if (wired.Count == 0)
        {
            findings.AddRange(helmet.Select(i => Wiring.NotWired(context, graph, new JsEvidence(i.Doc, i.Import.Offset, ""), "helmet")));
            findings.AddRange(JsServers.Find(graph).Select(s =>
                context.Fail(s.Doc, s.Offset, $"{s.Framework} server without helmet in wired-in code: no security headers and no Content-Security-Policy")));
        }

        if (wired.Count == 0 && JsServers.IsNext(graph))
        {
            findings.AddRange(Next(context, graph));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no wired-in Express, Fastify or Koa server, no helmet import and no Next.js app")];
    }

    private static List<Finding> Next(ProbeContext context, ModuleGraph graph)
    {
        var csp = Wiring.Judge(context, graph, NextHeaders.Find(graph, "Content-Security-Policy"), "Content-Security-Policy header");
        if (csp.Count > 0)
        {
            return csp;
        }

        var config = graph.WiredModules().FirstOrDefault(d => JsServers.IsNextConfig(d.Path));
        const string message = "Next.js app sets no Content-Security-Policy: add it to headers() in next.config or to middleware";
        return [config is null ? Wiring.Missing(context, graph, null, message) : context.Fail(config, NextConfigFile.Anchor(config), message)];
    }

    private static IEnumerable<Finding> Judge(ProbeContext context, ModuleGraph graph, PackageImport helmet)
    {
        var doc = helmet.Doc;
        var (names, uses) = HelmetUses.In(graph, helmet);
        if (names.Count == 0)
        {
            return [context.Fail(doc, helmet.Import.Offset, "helmet is imported without a binding, so it is never applied")];
        }

        return uses.Count == 0 ? [context.Fail(doc, helmet.Import.Offset, $"helmet is imported as '{names.First()}' but never applied in this file")]
            : uses.Select(use => !use.ByUse ? context.Pass(doc, use.Offset, $"helmet applied; wired in: {graph.Explain(doc.Path)}")
                : use.Missed.Count == 0 ? context.Pass(doc, use.Offset, $"helmet applied before the routes; wired in: {graph.Explain(doc.Path)}")
                : context.Fail(doc, use.Offset, $"helmet registered after {HelmetUses.After(use)}: those responses get no security headers"));
    }

    [GeneratedRegex(@"\bcontentSecurityPolicy\s*:\s*false\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CspDisabledCompiled();
    private static Regex CspDisabled() => LinearRegex.Pick(CspDisabledCompiled());
}
