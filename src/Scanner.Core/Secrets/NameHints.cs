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

    /// <summary>Why the name labels metadata rather than holding a secret, or null when it may hold one.</summary>
    public static string? Why(string name)
    {
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
}
