using System.Text.RegularExpressions;

namespace Scanner.Core.Secrets;

/// <summary>The secret formats known to the scanner; each gated by cheap keywords before its regex runs.</summary>
public static class SecretPatterns
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private const string AssignedName =
        @"[A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|client[_-]?secret|credentials?)[A-Za-z0-9_.-]*";

    public static IReadOnlyList<SecretKind> Provider { get; } =
    [
        Kind("aws-access-key-id", "AWS access key id", @"\b(?<value>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b", 4, "AKIA", "ASIA", "ABIA", "ACCA"),
        Kind("aws-secret-access-key", "AWS secret access key", @"(?i)aws_?secret_?access_?key[""']?\s*[:=]\s*[""']?(?<value>[A-Za-z0-9/+=]{40})\b", 0, "secret_access", "secretaccess"),
        Kind("github-token", "GitHub token", @"\b(?<value>gh[pousr]_[A-Za-z0-9]{36,255})\b", 4, "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        Kind("github-fine-grained-token", "GitHub fine-grained token", @"\b(?<value>github_pat_[A-Za-z0-9_]{82})\b", 11, "github_pat_"),
        Kind("slack-token", "Slack token", @"\b(?<value>xox[baprs]-[A-Za-z0-9-]{10,})", 5, "xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"),
        Kind("slack-webhook", "Slack webhook URL", @"(?<value>https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+)", 0, "hooks.slack.com"),
        Kind("stripe-secret-key", "Stripe secret key", @"\b(?<value>(?:sk|rk)_live_[A-Za-z0-9]{16,})\b", 8, "sk_live_", "rk_live_"),
        Kind("google-api-key", "Google API key", @"\b(?<value>AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)", 4, "AIza"),
        Kind("private-key", "Private key block", @"(?<value>-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----)", 0, "PRIVATE KEY"),
        Kind("jwt", "JSON Web Token", @"\b(?<value>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})", 3, "eyJ"),
        Kind("npm-token", "npm access token", @"\b(?<value>npm_[A-Za-z0-9]{36})\b", 4, "npm_"),
        Kind("sendgrid-api-key", "SendGrid API key", @"\b(?<value>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b", 3, "SG."),
        Kind("openai-api-key", "OpenAI API key", @"\b(?<value>sk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})\b", 3, "T3BlbkFJ"),
        Kind("database-url-password", "Database URL with a password", @"(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|amqp)://[^:/\s""'@]+:(?<value>[^@/\s""']{3,})@", 0, "://") with { Generic = true },
    ];

    /// <summary><c>password = "literal"</c> in code, JSON and YAML: the value is quoted.</summary>
    public static SecretKind QuotedAssignment { get; } = new(
        "generic-assignment", "Credential",
        new Regex($@"(?i)(?<name>{AssignedName})[""']?\s*(?::=|=>|=|:)\s*(?<q>[""'`])(?<value>[^""'`\s]{{6,}})[""'`]", Options),
        ["pass", "pwd", "secret", "token", "key", "credential"], 0, Generic: true);

    /// <summary><c>API_KEY=literal</c> in .env, YAML and properties files, where values need no quotes.</summary>
    public static SecretKind UnquotedAssignment { get; } = new(
        "generic-assignment", "Credential",
        new Regex($@"(?im)^[ \t]*(?:export[ \t]+|-[ \t]+)?(?<name>{AssignedName})[ \t]*[:=][ \t]*(?<value>[^\s""'#]{{6,}})[ \t]*(?:#.*)?$", Options),
        ["pass", "pwd", "secret", "token", "key", "credential"], 0, Generic: true);

    /// <summary>
    /// <c>ENV DB_PASSWORD=literal</c>, <c>ARG API_TOKEN=literal</c>, <c>RUN TOKEN=literal ./setup</c> in Dockerfiles:
    /// unquoted values after a keyword or another word, several per line.
    /// </summary>
    public static SecretKind DockerfileAssignment { get; } = new(
        "generic-assignment", "Credential",
        new Regex($@"(?im)(?:^|[ \t])(?<name>{AssignedName})[ \t]*=[ \t]*[""']?(?<value>[^\s""'#\\]{{6,}})", Options),
        ["pass", "pwd", "secret", "token", "key", "credential"], 0, Generic: true);

    /// <summary><c>ENV DB_PASSWORD literal</c>: the legacy space-separated ENV/ARG form.</summary>
    public static SecretKind DockerfileLegacyAssignment { get; } = new(
        "generic-assignment", "Credential",
        new Regex($@"(?im)^[ \t]*(?:ENV|ARG)[ \t]+(?<name>{AssignedName})[ \t]+[""']?(?<value>[^\s""'#\\]{{6,}})", Options),
        ["pass", "pwd", "secret", "token", "key", "credential"], 0, Generic: true);

    private static SecretKind Kind(string id, string name, string pattern, int visiblePrefix, params string[] keywords) =>
        new(id, name, new Regex(pattern, Options), keywords, visiblePrefix);
}
