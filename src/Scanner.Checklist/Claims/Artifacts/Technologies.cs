using System.Text.RegularExpressions;
using Scanner.Checklist.Text;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// Data stores and brokers a line can name as its mechanism ("Redis for session storage", "Migrate to PostgreSQL"),
/// each with the words any trace of it leaves in a repository that uses it: a client package, a driver, a compose
/// image, a connection-string scheme or a hosted flavour (Upstash, Supabase, Neon); object storage (S3, Cloudinary),
/// e-mail (SMTP) and telemetry export over OTLP too. A name in an example clause, or a ticked line that plans or negates it, is not a claim (an
/// unticked plan still is not done while nothing uses the store); names given as alternatives
/// ("PostgreSQL or MySQL") are one claim that any of them meets.
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

        // Object storage: any bucket client or SDK counts, so only a repository with no storage code at all refutes.
        ["S3"] = ["client-s3", "aws-sdk", "boto3", "amazonaws", "s3client", "minio", "awssdk.s3", "bucket", "@aws-sdk"],
        ["Cloudinary"] = ["cloudinary"],

        // Telemetry over OTLP: an exporter package or call, or the collector endpoint's standard variable, leaves "otlp".
        ["OTLP"] = ["otlp", "opentelemetryprotocol"],

        // Sending e-mail: any mail library, provider SDK or framework mailer is a trace of it.
        ["SMTP"] = ["smtp", "nodemailer", "sendgrid", "mailgun", "postmark", "resend", "client-ses", "mailjet", "sparkpost", "brevo",
            "sendinblue", "mandrill", "emailjs", "flask_mail", "flask-mail", "django.core.mail", "send_mail", "mailkit", "fluentemail", "mailer"],
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
        technology.Split(" or ").Any(t => FileTraces.TryGetValue(t, out var isTrace) && isTrace(fileName));

    /// <summary>The technologies the line names as its mechanism, as (name, traces).</summary>
    /// <param name="text">The line.</param>
    /// <param name="planned">True for an unticked line, which may plan a store ("if needed", "later"): it names it all the same.</param>
    public static IReadOnlyList<(string Name, string[] Traces)> Named(string text, bool planned = false)
    {
        if (!planned && PhraseNormalizer.Tokenize(text).Any(PlanWords.Contains))
        {
            return [];
        }

        var found = Name().Matches(text)
            .Select(m => (Name: m.Groups.Values.Skip(1).First(g => g.Success).Name, Match: m))
            .Where(t => !ArtifactExtractor.IsExample(text, t.Match.Value))
            .DistinctBy(t => t.Name)
            .ToList();
        // Names listed as alternatives ("PostgreSQL or MySQL", "(AWS S3, Cloudinary)") are one claim: any of them
        // meets it, so only a repository with a trace of none of them refutes it. The group is named "A or B".
        var groups = new List<List<string>>();
        for (var i = 0; i < found.Count; i++)
        {
            var joined = i > 0 && Alternative().IsMatch(text[(found[i - 1].Match.Index + found[i - 1].Match.Length)..found[i].Match.Index]);
            if (joined)
            {
                groups[^1].Add(found[i].Name);
            }
            else
            {
                groups.Add([found[i].Name]);
            }
        }

        return [.. groups.Select(g => (string.Join(" or ", g), g.SelectMany(n => Traces[n]).Distinct(StringComparer.Ordinal).ToArray()))];
    }

    [GeneratedRegex(@"\b(?:(?<Redis>redis)|(?<PostgreSQL>postgres|postgresql)|(?<MongoDB>mongo|mongodb)|(?<MySQL>mysql)|(?<SQLite>sqlite3?)|(?<Elasticsearch>elastic ?search)|(?<RabbitMQ>rabbitmq)|(?<Kafka>kafka)|(?<Memcached>memcached?)|(?<Docker>docker(?:files?|ized|ised)?|containerfiles?)|(?<S3>(?:aws |amazon )?s3)|(?<Cloudinary>cloudinary)|(?<SMTP>smtp)|(?<OTLP>otlp))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"^[\s,/]*(?:or|and/or|vs\.?|versus)?[\s,/]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Alternative();
}
