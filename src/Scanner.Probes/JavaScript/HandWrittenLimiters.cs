using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Rate limiters written by hand, for <see cref="JsRateLimitWired"/> when no library is found: a per-client store
/// answering 429 passes where it runs, and Next.js route handlers it does not reach fail; a function merely named
/// for rate limiting is unknown, never absence (TRUTH.md §2).
/// </summary>
public static partial class HandWrittenLimiters
{
    /// <summary>Findings for hand-written limiters, or an empty list when the code shows none.</summary>
    public static List<Finding> Judge(ProbeContext context, ModuleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(context);
        var handWritten = JsHandRolled.Find(context, graph, TooMany(), "429", [(PerClientStore(), "")], "hand-written rate limiter: answers 429 from a per-client counter");
        if (handWritten.Count > 0)
        {
            return [.. handWritten.Select(e => context.Pass(e.Doc, e.Offset, $"{e.What}; wired in: {graph.Explain(e.Doc.Path)}")),
                .. UnlimitedHandlers(context, graph, handWritten)];
        }

        var candidates = JsHandRolled.Find(context, graph, LimiterName(), "imit", [], "a rate-limit function");
        return candidates.Count > 0 ? [JsHandRolled.Unrecognised(context, candidates, "rate limiter")] : [];
    }

    /// <summary>
    /// Next.js route handlers a hand-written limiter does not reach: it lives in some handlers (or modules they
    /// import), not in middleware or proxy that runs before all of them, so the others answer without limits.
    /// </summary>
    private static IEnumerable<Finding> UnlimitedHandlers(ProbeContext context, ModuleGraph graph, List<JsEvidence> limiters)
    {
        var at = limiters.Select(e => e.Doc.Path).ToHashSet(StringComparer.Ordinal);
        if (at.Any(p => p[(p.LastIndexOf('/') + 1)..] is var name && (name.StartsWith("middleware.", StringComparison.Ordinal) || name.StartsWith("proxy.", StringComparison.Ordinal))))
        {
            return [];
        }

        var covered = string.Join(", ", at.Order(StringComparer.Ordinal));
        return JsServers.NextHandlers(graph)
            .Where(h => !at.Contains(h.Path) && !graph.ImportsOf(h.Path).Any(i => i.Target is { } t && at.Contains(t)))
            .Select(h => graph.Module(h.Path)).OfType<SourceDocument>()
            .Where(d => context.Card.Files.Matches(d.Path))
            .Select(d => context.Fail(d, JsCode.Matches(d, HandlerExport(), "export").FirstOrDefault()?.Index ?? 0,
                $"route handler without rate limiting: the hand-written limiter runs only in {covered}"));
    }

    [GeneratedRegex(@"\bexport\s+(?:default\b|(?:async\s+)?function\s+(?:GET|POST|PUT|PATCH|DELETE)\b|const\s+(?:GET|POST|PUT|PATCH|DELETE)\b)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HandlerExportCompiled();
    private static Regex HandlerExport() => LinearRegex.Pick(HandlerExportCompiled());

    // A 429 the code itself sends: status(429), { status: 429 }, statusCode = 429.
    [GeneratedRegex(@"\bstatus(?:Code)?\s*(?:\(|:|=)\s*429\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TooManyCompiled();
    private static Regex TooMany() => LinearRegex.Pick(TooManyCompiled());

    // Where the counts live: a Map or an LRU cache in memory, or a Redis INCR.
    [GeneratedRegex(@"\bnew\s+(?:Map|LRUCache|LRU)\b|\.incr\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PerClientStoreCompiled();
    private static Regex PerClientStore() => LinearRegex.Pick(PerClientStoreCompiled());

    // A function or variable named for rate limiting (rateLimit, checkRateLimit, rate_limiter), not a header string.
    [GeneratedRegex(@"\b\w*[Rr]ate_?[Ll]imit\w*\s*[(=]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LimiterNameCompiled();
    private static Regex LimiterName() => LinearRegex.Pick(LimiterNameCompiled());
}
