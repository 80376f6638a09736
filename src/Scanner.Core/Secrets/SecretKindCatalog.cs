using System.Text.RegularExpressions;
using Scanner.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Scanner.Core.Secrets;

/// <summary>
/// The secret kinds of secret-kinds.yaml, validated and compiled once. Kinds are data so that each one carries its
/// own true and false samples, and adding a format needs no code. This part reads and checks the YAML: the build
/// runs it (Scanner.SecretKindSource) and turns the file into code, so the scanner itself reads no YAML.
/// </summary>
public static partial class SecretKindCatalog
{
    /// <summary>
    /// Names that hold credentials: password, secret, token, api key and their spellings. The short word pass counts
    /// only after a separator (db_pass, smtp-pass_v2) or as a whole name after a space, brace, comma, quote or '$'
    /// (which the match then includes), never inside a word (bypass, passenger): a word-boundary anchor would say the
    /// same but makes the non-backtracking engine several times slower. A bare "auth" is left out: it is in most
    /// JavaScript files (useAuth, next-auth), and as a keyword it would run every generic kind on them.
    /// </summary>
    public const string CredentialName =
        @"(?:[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key|credentials?|creds)[A-Za-z0-9_.-]*|[A-Za-z0-9_.-]*[_.-]pass(?:[_.-][A-Za-z0-9_.-]*)?|[\s{,;(""'$]pass)";

    /// <summary>Literals of which one occurs wherever <see cref="CredentialName"/> can match: the generic kinds' keywords.</summary>
    public static IReadOnlyList<string> CredentialKeywords { get; } =
    [
        "password", "passwd", "passphrase", "pwd", "secret", "token", "apikey", "api_key", "api-key", "accesskey",
        "access_key", "access-key", "authkey", "auth_key", "auth-key", "privatekey", "private_key", "private-key",
        "signingkey", "signing_key", "signing-key", "encryptionkey", "encryption_key", "encryption-key", "masterkey",
        "master_key", "master-key", "credential", "pass", "creds",
    ];

    private const string NameToken = "<NAME>";
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    /// <summary>The entries of a kinds file as written, unchecked (<see cref="Parse"/> checks them).</summary>
    internal static List<SecretKindDocument> Read(string yaml, string source)
    {
        try
        {
            return new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<SecretKindsFile>(yaml)?.Kinds ?? [];
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    /// <summary>Parses and validates a kinds file; every problem is listed in one exception.</summary>
    internal static IReadOnlyList<SecretKind> Parse(string yaml, string source)
    {
        var errors = new List<string>();
        var kinds = new List<SecretKind>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in Read(yaml, source))
        {
            var kind = Compile(doc, errors);
            if (kind is not null && !ids.Add(kind.Id))
            {
                errors.Add($"duplicate kind id {kind.Id}");
            }
            else if (kind is not null)
            {
                kinds.Add(kind);
            }
        }

        return errors.Count > 0 || kinds.Count == 0
            ? throw new InvalidDataException($"{source}: {(errors.Count > 0 ? string.Join("; ", errors) : "no kinds")}")
            : kinds;
    }

    private static SecretKind? Compile(SecretKindDocument doc, List<string> errors)
    {
        var id = doc.Id ?? "";
        void Error(string message) => errors.Add($"{(id.Length > 0 ? id : "(no id)")}: {message}");
        var before = errors.Count;
        if (!KebabId().IsMatch(id))
        {
            Error("'id' must be kebab-case");
        }

        if (string.IsNullOrWhiteSpace(doc.Name))
        {
            Error("'name' is required");
        }

        if (KeywordsOf(doc) is null)
        {
            Error("'keywords' is required (a kind without them would run its regex on every file)");
        }

        var regex = CompilePattern(doc.Pattern is null ? null : ExpandedPattern(doc.Pattern), Error);
        var validation = ParseValidation(doc.Validate, Error);
        var languages = ParseLanguages(doc.Languages, Error);
        var format = CompileFormat(doc, Error);
        if (doc.TrueSamples is not { Count: > 0 } || doc.FalseSamples is not { Count: > 0 })
        {
            Error("each kind needs 'true' and 'false' samples");
        }

        return errors.Count > before ? null : Create(doc, regex!, format, validation, languages);
    }

    /// <summary>A kind from an entry already checked, with its pattern and format built by the caller.</summary>
    internal static SecretKind Create(SecretKindDocument doc, Lazy<Regex> pattern, Regex? format, SecretValidation validation, HashSet<Language>? languages) =>
        new(doc.Id!, doc.Name!.Trim(), pattern, KeywordsOf(doc)!, doc.VisiblePrefix, doc.Generic)
        {
            MinEntropy = doc.MinEntropy,
            LowConfidence = doc.LowConfidence,
            Validation = validation,
            Languages = languages,
            NamedBy = doc.NamedBy ?? [],
            Format = format,
            TrueSamples = doc.TrueSamples!,
            FalseSamples = doc.FalseSamples!,
        };

    /// <summary>The regex a kind's pattern stands for: <c>&lt;NAME&gt;</c> becomes a named group of credential names.</summary>
    internal static string ExpandedPattern(string pattern) => pattern.Replace(NameToken, $"(?<name>{CredentialName})", StringComparison.Ordinal);

    /// <summary>The regex of a kind's whole-value format: anchored at both ends.</summary>
    internal static string AnchoredFormat(string format) => $"^(?:{format})$";

    private static IReadOnlyList<string>? KeywordsOf(SecretKindDocument doc) =>
        doc.Keywords is { Count: > 0 } k ? k : doc.Generic && doc.Pattern?.Contains(NameToken, StringComparison.Ordinal) == true ? CredentialKeywords : null;

    /// <summary>Checks the pattern now with the cheap interpreter; the non-backtracking build waits for first use.</summary>
    private static Lazy<Regex>? CompilePattern(string? pattern, Action<string> error)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            error("'pattern' is required");
            return null;
        }

        try
        {
            var check = new Regex(pattern, RegexOptions.CultureInvariant);
            if (!check.GetGroupNames().Contains("value", StringComparer.Ordinal))
            {
                error("'pattern' needs a (?<value>...) group");
            }

            if (NonBacktrackingCheck.Unsupported(pattern) is { } construct)
            {
                error($"'pattern' is not a valid non-backtracking regex: it uses a {construct}");
                return null;
            }

            return new Lazy<Regex>(() => LinearRegex.Build(pattern, Options), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        catch (ArgumentException e)
        {
            error($"'pattern' is not a valid regex: {e.Message}");
            return null;
        }
    }

    /// <summary>The anchored whole-value shape of a kind that names say a value belongs to; both or neither are given.</summary>
    private static Regex? CompileFormat(SecretKindDocument doc, Action<string> error)
    {
        if ((doc.NamedBy is { Count: > 0 }) != !string.IsNullOrEmpty(doc.Format))
        {
            error("'namedBy' and 'format' go together");
            return null;
        }

        if (doc.NamedBy is null || doc.Format is null)
        {
            return null;
        }

        if (doc.NamedBy.Any(w => w.Length < 4 || !w.All(char.IsAsciiLetterLower)))
        {
            error("'namedBy' words are lower-case letters only (names are compared without separators), four or more");
        }

        try
        {
            return LinearRegex.Build(AnchoredFormat(doc.Format), Options);
        }
        catch (ArgumentException e)
        {
            error($"'format' is not a valid regex: {e.Message}");
            return null;
        }
    }

    internal static SecretValidation ParseValidation(string? value, Action<string> error)
    {
        if (value is null)
        {
            return SecretValidation.None;
        }

        if (Enum.TryParse<SecretValidation>(value, ignoreCase: true, out var parsed))
        {
            return parsed;
        }

        error($"'validate' {value} is unknown");
        return SecretValidation.None;
    }

    internal static HashSet<Language>? ParseLanguages(List<string>? names, Action<string> error)
    {
        if (names is null)
        {
            return null;
        }

        var set = new HashSet<Language>();
        foreach (var name in names)
        {
            if (Enum.TryParse<Language>(name, ignoreCase: true, out var language))
            {
                set.Add(language);
            }
            else
            {
                error($"'languages' has an unknown language {name}");
            }
        }

        return set;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.None, 100)]
    private static partial Regex KebabId();
}
