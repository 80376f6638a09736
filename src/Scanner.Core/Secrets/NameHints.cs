namespace Scanner.Core.Secrets;

/// <summary>
/// Names that contain a credential word but label something about the credential (tokenUrl, passwordMinLength,
/// secretName, apiKeyHeader, passwordHash): what is assigned to them is metadata, not the secret.
/// </summary>
public static class NameHints
{
    private static readonly string[] MetadataSuffixes =
    [
        "url", "uri", "endpoint", "path", "file", "filename", "dir", "directory", "name", "type", "id", "ids", "header",
        "label", "field", "length", "len", "count", "size", "expiry", "expires", "expiration", "ttl", "timeout",
        "lifetime", "max", "min", "prefix", "suffix", "format", "pattern", "regex", "env", "var", "ref", "arn", "hash",
        "hashed", "digest", "hint", "policy", "rotation", "reset", "version", "mode", "enabled", "required", "provider",
        "manager", "store", "location", "source", "kind", "algorithm", "alg", "method", "scheme", "param", "limit",
        "placeholder", "text", "message", "msg", "title", "description", "error", "prompt", "sha", "sha1", "sha256",
        "sha512", "md5", "checksum", "fingerprint", "key_id", "keyid", "selector", "mount", "volume", "template",
    ];

    /// <summary>
    /// Words that make the name about something else (a credential word grown into another word: tokenizer, secretary,
    /// keying); "public" and "publishable" name values that are meant to be
    /// shipped to clients (publishable keys, public tokens), not credentials.
    /// </summary>
    private static readonly string[] OtherWords = ["tokeniz", "secretar", "passwordless", "keying", "placeholder", "public", "publishable"];

    /// <summary>
    /// Words by which a name says its value is not a working credential (invalidToken, fakeApiKey, WRONG_PASSWORD,
    /// nonMatchingSecret): test code names its negative cases and stand-ins this way.
    /// </summary>
    private static readonly string[] StandInWords =
    [
        "fake", "dummy", "mock", "bogus", "invalid", "wrong", "incorrect", "bad", "malformed", "expired", "revoked",
        "example", "sample", "unmatched", "mismatched", "nonmatching",
    ];

    private static readonly string[] Negated = ["matching", "valid", "real", "working"];

    /// <summary>Why the name labels metadata rather than holding a secret, or null when it may hold one.</summary>
    public static string? Why(string name)
    {
        if (StandInWord(name) is { } standIn)
        {
            return $"the name calls the value '{standIn}': a stand-in, not a working credential";
        }

        var lower = name.ToLowerInvariant();
        var last = lower[(lower.LastIndexOf('.') + 1)..];
        var compact = last.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        foreach (var word in OtherWords)
        {
            if (compact.Contains(word, StringComparison.Ordinal))
            {
                return $"the name is about '{word}', not a credential";
            }
        }

        foreach (var suffix in MetadataSuffixes)
        {
            if ((compact.EndsWith(suffix, StringComparison.Ordinal) && compact.Length > suffix.Length)
                || last.EndsWith("_" + suffix, StringComparison.Ordinal) || last.EndsWith("-" + suffix, StringComparison.Ordinal))
            {
                return $"the name ends in '{suffix}': it labels metadata, not the secret";
            }
        }

        return null;
    }

    /// <summary>
    /// The first stand-in word among the name's words (split at separators and lower-to-upper case changes), or a
    /// negation of a working credential (notValid, nonMatching): "non" alone would also name non-production keys.
    /// </summary>
    private static string? StandInWord(string name)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            var split = !char.IsAsciiLetter(c) || (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(name[i - 1]));
            if (split && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (char.IsAsciiLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (Array.IndexOf(StandInWords, words[i]) >= 0)
            {
                return words[i];
            }

            if (words[i] is "non" or "not" && i + 1 < words.Count && Array.IndexOf(Negated, words[i + 1]) >= 0)
            {
                return words[i] + words[i + 1];
            }
        }

        return null;
    }
}
