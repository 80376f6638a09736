using System.Text.RegularExpressions;
using Scanner.Checklist.Text;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// Data stores and brokers a line can name as its mechanism ("Redis for session storage", "Migrate to PostgreSQL"),
/// each with the words any trace of it leaves in a repository that uses it: a client package, a driver, a compose
/// image, a connection-string scheme or a hosted flavour (Upstash, Supabase, Neon). A name in an example clause, one
/// of several alternatives ("PostgreSQL or MySQL") or a line that plans or negates it is not a claim.
/// </summary>
public static partial class Technologies
{
    private static readonly Dictionary<string, string[]> Traces = new(StringComparer.Ordinal)
    {
        ["Redis"] = ["redis", "upstash", "@vercel/kv", "valkey", "dragonfly"],
        ["PostgreSQL"] = ["postgres", "psycopg", "asyncpg", "npgsql", "supabase", "neondatabase", "\"pg\"", "pg8000", "cockroach"],
        ["MongoDB"] = ["mongo"],
        ["MySQL"] = ["mysql", "mariadb", "planetscale"],
        ["SQLite"] = ["sqlite"],
        ["Elasticsearch"] = ["elasticsearch", "opensearch", "@elastic/"],
        ["RabbitMQ"] = ["rabbitmq", "amqp"],
        ["Kafka"] = ["kafka", "redpanda"],
        ["Memcached"] = ["memcache"],
        ["Docker"] = ["docker", "containerfile", "podman"],
    };

    // A Dockerfile need not say "docker" anywhere inside it: for containers the file itself is the trace.
    private static readonly Dictionary<string, Func<string, bool>> FileTraces = new(StringComparer.Ordinal)
    {
        ["Docker"] = name => name.StartsWith("dockerfile", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal)
            || name.StartsWith("containerfile", StringComparison.Ordinal) || name.StartsWith("docker-compose", StringComparison.Ordinal)
            || name is "compose.yml" or "compose.yaml" or ".dockerignore",
    };

    private static readonly HashSet<string> PlanWords = new(
        new[] { "if", "optional", "optionally", "consider", "future", "later", "planned", "plan", "maybe", "todo", "recommended", "could" }
            .SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);

    /// <summary>Whether a file of this (lower-case) name is itself a trace of the technology, whatever it holds.</summary>
    public static bool IsTraceFile(string technology, string fileName) =>
        FileTraces.TryGetValue(technology, out var isTrace) && isTrace(fileName);

    /// <summary>The technologies the line names as its mechanism, as (name, traces).</summary>
    public static IReadOnlyList<(string Name, string[] Traces)> Named(string text)
    {
        if (PhraseNormalizer.Tokenize(text).Any(PlanWords.Contains))
        {
            return [];
        }

        var found = Name().Matches(text)
            .Select(m => (Name: m.Groups.Values.Skip(1).First(g => g.Success).Name, Match: m))
            .Where(t => !ArtifactExtractor.IsExample(text, t.Match.Value))
            .DistinctBy(t => t.Name)
            .ToList();
        var alternatives = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < found.Count; i++)
        {
            var between = text[(found[i - 1].Match.Index + found[i - 1].Match.Length)..found[i].Match.Index];
            if (Alternative().IsMatch(between))
            {
                alternatives.Add(found[i - 1].Name);
                alternatives.Add(found[i].Name);
            }
        }

        return [.. found.Where(t => !alternatives.Contains(t.Name)).Select(t => (t.Name, Traces[t.Name]))];
    }

    [GeneratedRegex(@"\b(?:(?<Redis>redis)|(?<PostgreSQL>postgres|postgresql)|(?<MongoDB>mongo|mongodb)|(?<MySQL>mysql)|(?<SQLite>sqlite3?)|(?<Elasticsearch>elastic ?search)|(?<RabbitMQ>rabbitmq)|(?<Kafka>kafka)|(?<Memcached>memcached?)|(?<Docker>docker(?:files?|ized|ised)?|containerfiles?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"^[\s,/]*(?:or|and/or|vs\.?|versus)?[\s,/]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Alternative();
}
