using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Responses are compressed: compression / @fastify/compress / koa-compress applied in wired-in code (Express:
/// before the routes), or a Next.js app that has not set <c>compress: false</c>.
/// </summary>
public sealed partial class JsCompressionEnabled : IProbe
{
    private static readonly HashSet<string> Compressors = new(StringComparer.Ordinal) { "compression", "@fastify/compress", "koa-compress", "shrink-ray-current" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        var next = new List<Finding>();
        foreach (var config in NextConfigFile.All(graph))
        {
            var off = JsCode.Matches(config, Disabled(), "compress").Select(m => context.Fail(config, m.Index, "Next.js compression switched off (compress: false)")).ToList();
            next.AddRange(off);

            // Next.js gzips what it serves; a server beside it in the repository is judged on its own below.
            if (off.Count == 0)
            {
                next.Add(context.Pass(config, NextConfigFile.Anchor(config), "Next.js compresses responses by default and this config does not switch it off"));
            }
        }

        var findings = new List<Finding>();
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)))
        {
            var names = JsDerivedNames.Expand(doc, JsPackages.NamesIn(graph, doc.Path, Compressors));
            if (names.Count == 0)
            {
                continue;
            }

            var calls = ExpressRoutes.In(graph, doc);
            foreach (var use in calls.Where(c => c.Method == "use" && !c.IsRoute && c.Mentions(names)))
            {
                var missed = ExpressRoutes.Coverage(calls, use).Uncovered;
                findings.Add(missed.Count == 0
                    ? context.Pass(doc, use.Offset, $"compression applied before the routes; wired in: {graph.Explain(doc.Path)}")
                    : context.Fail(doc, use.Offset, $"compression registered after {string.Join(", ", missed.Select(r => r.Label))}, so those responses are not compressed"));
            }

            if (calls.Count == 0)
            {
                findings.AddRange(JsCode.Matches(doc, Registered(), "(").Where(m => names.Contains(m.Groups["name"].Value))
                    .Select(m => context.Pass(doc, m.Index, $"compression registered; wired in: {graph.Explain(doc.Path)}")));
            }
        }

        if (findings.Count > 0 || servers.Count == 0)
        {
            return findings.Count + next.Count > 0 ? [.. next, .. findings] : [context.NotApplicable("no wired-in HTTP server and no Next.js app")];
        }

        var unwired = JsPackages.Imports(graph, Compressors).Select(i => new JsEvidence(i.Doc, i.Import.Offset, "")).ToList();
        return unwired.Count > 0
            ? [.. next, .. unwired.Select(e => Wiring.NotWired(context, graph, e, "compression"))]
            : [.. next, Wiring.Missing(context, graph, servers[0], "no response compression in the app (compression middleware); if a proxy gzips, this is a known exception")];
    }

    [GeneratedRegex(@"\bcompress\s*:\s*false\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DisabledCompiled();
    private static Regex Disabled() => LinearRegex.Pick(DisabledCompiled());

    [GeneratedRegex(@"\b(?:use|register)\s*\(\s*(?<name>[A-Za-z_$][\w$]*)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RegisteredCompiled();
    private static Regex Registered() => LinearRegex.Pick(RegisteredCompiled());
}
