using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Wired-in code decides how responses are cached (<see cref="CacheHeaderEvidence"/>), and nothing switches ETags
/// off (<c>app.set('etag', false)</c>, <c>app.disable('etag')</c>, <c>generateEtags: false</c>). An app that sets
/// nothing itself is judged where the framework sends caching headers anyway: a Next.js app on its defaults is
/// undecided (the defaults are no decision of the team's), an Express app (weak ETags by default) fails at low
/// confidence.
/// </summary>
public sealed partial class JsHttpCacheHeaders : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        var next = JsServers.IsNext(graph);
        if (JsServers.NoApp(context, graph, servers) is { } none)
        {
            return [none];
        }

        var findings = new List<Finding>();
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)))
        {
            findings.AddRange(JsCode.Matches(doc, EtagOff(), "tag").Select(m =>
                context.Fail(doc, m.Index, "ETags switched off: clients download unchanged responses again instead of getting 304 Not Modified")));
        }

        var evidence = CacheHeaderEvidence.Find(graph).DistinctBy(e => (e.Doc.Path, e.Doc.Text.LineOf(e.Offset)));
        var judged = Wiring.Judge(context, graph, evidence, "HTTP caching headers");
        if (judged.Count > 0)
        {
            return [.. findings, .. judged];
        }

        if (next)
        {
            findings.Add(NextDefaults(context, graph));
            return findings;
        }

        var express = servers.Any(s => s.Framework is "express" or "@nestjs/core");
        var missing = Wiring.Missing(context, graph, servers[0],
            $"{servers[0].Framework} server sets no Cache-Control or Expires on any response and serves no static files with maxAge: browsers and CDNs must ask again for every response" +
            (express ? " (Express's default weak ETag only saves the body of an unchanged response)" : ""));
        findings.Add(express ? missing with { Confidence = Confidence.Low } : missing);
        return findings;
    }

    private static Finding NextDefaults(ProbeContext context, ModuleGraph graph)
    {
        const string message = "Next.js sends build assets (/_next/static) with Cache-Control: public, max-age=31536000, immutable and caches " +
                               "prerendered pages by default; no route sets its own caching (revalidate, 'use cache', Cache-Control)";
        var config = graph.WiredModules().FirstOrDefault(d => JsServers.IsNextConfig(d.Path));
        var manifest = graph.Manifests.FirstOrDefault(m => m.Document is not null && m.Declares("next"))?.Document;
        // The framework's defaults are not the team's decision: they cover static assets, not API routes or dynamic
        // pages, and a line that says caching is configured is not shown true by them.
        return config is not null
            ? context.AtOffset(Outcome.Inconclusive, config, NextConfigFile.Anchor(config), message)
            : manifest is not null
                ? context.AtOffset(Outcome.Inconclusive, manifest, Math.Max(0, manifest.Content.IndexOf("\"next\"", StringComparison.Ordinal)), message)
                : context.Inconclusive(message);
    }

    [GeneratedRegex(@"\b(?:set\s*\(\s*['""]etag['""]\s*,\s*false\b|disable\s*\(\s*['""]etag['""]|generateEtags\s*:\s*false\b)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EtagOffCompiled();
    private static Regex EtagOff() => LinearRegex.Pick(EtagOffCompiled());
}
