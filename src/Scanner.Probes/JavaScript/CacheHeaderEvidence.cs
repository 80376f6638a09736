using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Where JS/TS code decides HTTP caching, in any module (the caller judges reachability): Cache-Control, ETag,
/// Expires or Last-Modified set on a response (<c>res.set('Cache-Control', …)</c>, <c>headers: { 'Cache-Control': … }</c>,
/// <c>{ key: 'Cache-Control', … }</c> in next.config <c>headers()</c>), static files served with <c>maxAge</c> or
/// <c>immutable</c>, a caching plugin registered, and in a Next.js app route caching (<c>export const revalidate</c>,
/// <c>dynamic = 'force-static'</c>, <c>fetch(…, { next: { revalidate } })</c>, <c>'use cache'</c>).
/// </summary>
public static partial class CacheHeaderEvidence
{
    private static readonly string[] Canonical = ["Cache-Control", "Surrogate-Control", "ETag", "Expires", "Last-Modified"];

    private static readonly SearchValues<string> HeaderNames = SearchValues.Create(Canonical, StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> StaticServers = new(StringComparer.Ordinal) { "serve-static", "koa-static", "@fastify/static" };

    private static readonly string[] StaticSettings = ["maxAge", "maxage", "immutable"];

    private static readonly HashSet<string> Plugins = new(StringComparer.Ordinal) { "@fastify/caching", "@fastify/etag", "koa-etag" };

    public static List<JsEvidence> Find(ModuleGraph graph)
    {
        var found = new List<JsEvidence>();
        var next = JsServers.IsNext(graph);
        foreach (var doc in graph.Modules)
        {
            if (doc.Content.AsSpan().ContainsAny(HeaderNames))
            {
                found.AddRange(JsCode.Matches(doc, HeaderSet(), "").Where(m => !SwitchedOff(doc.Content, m.Index + m.Length))
                    .Select(m => new JsEvidence(doc, m.Index, $"{Canonical.First(h => h.Equals(m.Groups["h"].Value, StringComparison.OrdinalIgnoreCase))} header set")));
            }

            found.AddRange(Statics(graph, doc));
            var plugins = JsPackages.NamesIn(graph, doc.Path, Plugins);
            found.AddRange(JsCode.Matches(doc, Registered(), "(").Where(m => plugins.Contains(m.Groups["name"].Value))
                .Select(m => new JsEvidence(doc, m.Index, $"HTTP caching plugin registered ({m.Groups["name"].Value})")));
            if (next)
            {
                found.AddRange(JsCode.Matches(doc, SegmentConfig(), "export").Select(m => new JsEvidence(doc, m.Index, $"Next.js route caching set ({m.Value})")));
                found.AddRange(NextDataCache.FetchRevalidates(doc).Select(m => new JsEvidence(doc, m.Index, "Next.js fetch revalidates (next: { revalidate })")));
                found.AddRange(NextDataCache.Directives(doc).Select(at => new JsEvidence(doc, at, "Next.js route output cached ('use cache')")));
            }
        }

        return found;
    }

    /// <summary><c>express.static(dir, { maxAge })</c>, <c>serveStatic(dir, { immutable })</c>, <c>register(fastifyStatic, { maxAge })</c>.</summary>
    private static List<JsEvidence> Statics(ModuleGraph graph, SourceDocument doc)
    {
        var express = graph.ImportsOf(doc.Path).Where(i => i.Import.Specifier == "express").SelectMany(i => i.Import.Bindings).ToHashSet(StringComparer.Ordinal);
        var servers = JsPackages.NamesIn(graph, doc.Path, StaticServers);
        if (express.Count == 0 && servers.Count == 0)
        {
            return [];
        }

        var found = new List<JsEvidence>();
        foreach (var m in JsCode.Matches(doc, StaticCall(), "("))
        {
            var name = m.Groups["name"].Value;
            var member = m.Groups["member"].Success ? m.Groups["member"].Value : null;
            var open = m.Index + m.Length - 1;
            var serves = member switch
            {
                "static" => express.Contains(name),
                null => servers.Contains(name),
                _ => JsCode.Arguments(doc, open) is [var first, ..] && servers.Contains(doc.Content[first.Start..first.End].Trim()),
            };
            var options = serves ? JsCode.ArgumentText(doc, open) : "";
            if (StaticSettings.FirstOrDefault(k => options.Contains(k, StringComparison.Ordinal) && JsProperty.Value(options, k) is not null) is { } setting)
            {
                found.Add(new JsEvidence(doc, m.Index, $"static files served with {setting}"));
            }
        }

        return found;
    }

    /// <summary>Express's own setting <c>app.set('etag', false)</c> reads like a header being set; it switches ETags off.</summary>
    private static bool SwitchedOff(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.StartsWith(",") && rest[1..].TrimStart().StartsWith("false");
    }

    [GeneratedRegex(@"\.\s*(?:set|setHeader|header|append)\s*\(\s*['""`](?<h>cache-control|surrogate-control|etag|expires|last-modified)['""`]|[{,]\s*['""](?<h>cache-control|surrogate-control|etag|expires|last-modified)['""]\s*:|\bkey\s*:\s*['""](?<h>cache-control|surrogate-control|etag|expires|last-modified)['""]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HeaderSetCompiled();
    private static Regex HeaderSet() => LinearRegex.Pick(HeaderSetCompiled());

    [GeneratedRegex(@"\b(?<name>[A-Za-z_$][\w$]*)\s*(?:\.\s*(?<member>static|register|use)\s*)?\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StaticCallCompiled();
    private static Regex StaticCall() => LinearRegex.Pick(StaticCallCompiled());

    [GeneratedRegex(@"\b(?:use|register)\s*\(\s*(?<name>[A-Za-z_$][\w$]*)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RegisteredCompiled();
    private static Regex Registered() => LinearRegex.Pick(RegisteredCompiled());

    [GeneratedRegex(@"\bexport\s+const\s+(?:revalidate\s*=\s*[\w.]+|dynamic\s*=\s*['""]force-static['""])", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SegmentConfigCompiled();
    private static Regex SegmentConfig() => LinearRegex.Pick(SegmentConfigCompiled());
}
