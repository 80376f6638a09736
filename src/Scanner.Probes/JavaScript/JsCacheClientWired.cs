using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A cache is used by wired-in code: a Redis/Valkey/Memcached client or an in-process cache created, a cache key
/// read or written through it, or Next.js's data cache (<c>unstable_cache</c>, <c>'use cache'</c>, caching fetches).
/// A Redis client that wired-in code never reads or writes while it imports a session, rate-limit or queue store
/// does not count.
/// </summary>
public sealed partial class JsCacheClientWired : IProbe
{
    private static readonly HashSet<string> Remote = new(StringComparer.Ordinal)
    {
        "ioredis", "iovalkey", "redis", "@redis/client", "@upstash/redis", "@vercel/kv", "memjs", "memcached",
    };

    private static readonly HashSet<string> InProcess = new(StringComparer.Ordinal)
    {
        "lru-cache", "node-cache", "keyv", "@keyv/redis", "cache-manager", "@nestjs/cache-manager",
    };

    private static readonly HashSet<string> Clients = new([.. Remote, .. InProcess], StringComparer.Ordinal);

    private static readonly HashSet<string> Stores = new(StringComparer.Ordinal)
    {
        "connect-redis", "rate-limit-redis", "rate-limiter-flexible", "@upstash/ratelimit", "bullmq", "bull", "bee-queue",
        "@socket.io/redis-adapter",
    };

    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal)
    {
        "get", "set", "setex", "setEx", "getex", "getEx", "mget", "mGet", "mset", "mSet", "hget", "hGet", "hset", "hSet",
        "hgetall", "hGetAll", "del", "expire", "wrap",
    };

    private static readonly HashSet<string> Creators = new(StringComparer.Ordinal)
    {
        "createClient", "createCluster", "Cluster", "fromEnv", "connect", "caching", "createCache", "register", "registerAsync",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var uses = Uses(graph).Where(u => context.Card.Files.Matches(u.Evidence.Doc.Path)).ToList();
        var wired = uses.Where(u => graph.IsWired(u.Evidence.Doc.Path)).ToList();
        if (wired.Count > 0)
        {
            return Judge(context, graph, wired);
        }

        var servers = JsServers.Find(graph);
        if (JsServers.NoApp(context, graph, servers) is { } none)
        {
            return [none];
        }

        var present = uses.Select(u => u.Evidence)
            .Concat(JsPackages.Imports(graph, Clients).Where(i => context.Card.Files.Matches(i.Doc.Path)).Select(i => new JsEvidence(i.Doc, i.Import.Offset, "")))
            .GroupBy(e => e.Doc.Path, StringComparer.Ordinal)
            .Select(g => g.MinBy(e => e.Offset)!)
            .ToList();
        return present.Count > 0
            ? present.Select(e => graph.IsWired(e.Doc.Path)
                ? context.Fail(e.Doc, e.Offset, "cache client imported but never created or called")
                : Wiring.NotWired(context, graph, e, "cache client"))
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no cache client (Redis, Memcached, an in-process cache) is created or called: every read goes to the database or upstream API; if the app needs none, suppress this finding")];
    }

    private static IEnumerable<Finding> Judge(ProbeContext context, ModuleGraph graph, List<(JsEvidence Evidence, bool Strong)> wired)
    {
        var stores = JsPackages.Imports(graph, Stores).Where(i => graph.IsWired(i.Doc.Path))
            .Select(i => JsImports.PackageOf(i.Import.Specifier)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (wired.Any(u => u.Strong) || stores.Count == 0)
        {
            return wired.Select(u => context.Pass(u.Evidence.Doc, u.Evidence.Offset, $"{u.Evidence.What}; wired in: {graph.Explain(u.Evidence.Doc.Path)}"));
        }

        return wired.Select(u => context.Fail(u.Evidence.Doc, u.Evidence.Offset,
            $"{u.Evidence.What}, but wired-in code never reads or writes a cache key with it: Redis here serves {string.Join(", ", stores)} (sessions, rate limits, queues), not cached data"));
    }

    /// <summary>Cache use in any module; Strong when it is a read/write or an in-process cache, not just a remote client being created.</summary>
    private static IEnumerable<(JsEvidence Evidence, bool Strong)> Uses(ModuleGraph graph)
    {
        var isNext = JsServers.IsNext(graph);
        foreach (var doc in graph.Modules)
        {
            foreach (var (at, what) in isNext ? NextDataCache.Uses(doc) : [])
            {
                yield return (new JsEvidence(doc, at, $"Next.js data cache used ({what})"), true);
            }

            var direct = JsPackages.NamesIn(graph, doc.Path, Clients);
            var local = JsPackages.NamesIn(graph, doc.Path, InProcess);
            var bound = graph.ImportsOf(doc.Path).Where(i => Clients.Contains(JsImports.PackageOf(i.Import.Specifier))).SelectMany(i => i.Import.Bindings).ToHashSet(StringComparer.Ordinal);
            var next = graph.ImportsOf(doc.Path).Where(i => i.Import.Specifier == "next/cache").SelectMany(i => i.Import.Bindings).ToHashSet(StringComparer.Ordinal);
            if (direct.Count == 0 && !next.Contains("unstable_cache"))
            {
                continue;
            }

            var names = JsDerivedNames.Expand(doc, direct);
            foreach (var m in JsCode.Matches(doc, Call(), "("))
            {
                var name = m.Groups["name"].Value;
                var member = m.Groups["member"].Success ? m.Groups["member"].Value : null;
                if (!JsCode.IsCall(doc, m.Groups["name"].Index, m.Index + m.Length - 1))
                {
                    continue;
                }

                var call = m.Value.TrimEnd('(').Trim();
                if (member is null && name == "unstable_cache" && next.Contains(name))
                {
                    yield return (new JsEvidence(doc, m.Index, $"Next.js data cache used ({call})"), true);
                }
                else if (member is not null && Commands.Contains(member) && names.Contains(name))
                {
                    yield return (new JsEvidence(doc, m.Index, $"cache read/write ({call})"), true);
                }
                else if (direct.Contains(name) && (member is null || Creators.Contains(member)))
                {
                    yield return (new JsEvidence(doc, m.Index, bound.Contains(name) ? $"cache client created ({call})" : $"cache helper called ({call})"), local.Contains(name));
                }
            }
        }
    }

    [GeneratedRegex(@"(?:\bnew\s+)?\b(?<name>[A-Za-z_$][\w$]*)\s*(?:\.\s*(?<member>[A-Za-z_$][\w$]*)\s*)?(?:<[\w\s,.|\[\]]*>\s*)?\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());
}
