namespace Scanner.Core.Secrets;

/// <summary>
/// Values that only look like secrets: templates, references to the environment or a secret store, examples,
/// filler. Each answer is a reason a person can read, never the value.
/// </summary>
public static class Placeholders
{
    /// <summary>Markers that make any value, even one in a provider's format, a stand-in.</summary>
    private static readonly string[] StrongMarkers =
    [
        "changeme", "change_me", "change-me", "changeit", "your", "example",
        "sample", "placeholder", "dummy", "redacted", "xxxx", "****", "...", "…", "replace_", "replace-", "replaceme",
        "insert_", "insert-", "put_", "enter_", "enter-", "_here", "-here",
    ];

    /// <summary>Words that, in a free-form assigned value, show a label, a reference or a stand-in rather than a secret.</summary>
    private static readonly string[] GenericMarkers =
    [
        "process.env", "os.environ", "getenv", "import.meta", "env(", "env.", "replace", "insert", "todo", "tbd",
        "fixme", "password", "secret", "token", "credential", "undefined", "null", "none", "true", "false", "required", "optional",
        "default", "foobar", "mock", "demo", "lorem", "enc[", "{cipher}", "vault:", "arn:aws", "ssm:", "keyvault",
        "op://", "projects/", "@microsoft.keyvault",
    ];

    /// <summary>True for a stand-in. <paramref name="generic"/> values (assignments) get the wider word list.</summary>
    public static bool IsPlaceholder(string value, bool generic = true) => Why(value, generic) is not null;

    /// <summary>Why the value is a stand-in, or null when it is not one.</summary>
    public static string? Why(string value, bool generic)
    {
        var lower = value.ToLowerInvariant();
        if (FirstMarker(lower, StrongMarkers) is { } strong)
        {
            return $"placeholder marker '{strong}'";
        }

        if (TemplateReference.Find(value) is { } reference)
        {
            return $"a template or variable reference ('{reference}')";
        }

        // Provider formats are checked by their shape, and "sk_test_" keys still reach test-mode data; in a free-form
        // value the word marks a stand-in ("test-password-1") unless a generated part follows it ("xyz_test_<40 hex>").
        if (generic && lower.Contains("test", StringComparison.Ordinal) && !HasGeneratedRun(value))
        {
            return "placeholder marker 'test'";
        }

        if (ValueShape.IsRepetitive(value))
        {
            return "repeated or sequential characters";
        }

        if (!generic)
        {
            return null;
        }

        if (FirstMarker(lower, GenericMarkers) is { } word)
        {
            return $"reads as a label or reference ('{word}')";
        }

        return value[0] is '$' or '%' or '@' or ':' or '&' or '!' ? $"a reference ('{value[0]}' prefix), not a literal"
            : LooksLikeName(value) ? "an environment variable name or path, not a value"
            : IsPlainWord(value) ? "a plain word"
            : null;
    }

    /// <summary>Twenty or more letters and digits in a row, mixing both: a generated part, not words.</summary>
    private static bool HasGeneratedRun(string value)
    {
        int run = 0, letters = 0, digits = 0;
        foreach (var c in value)
        {
            (run, letters, digits) = char.IsAsciiLetterOrDigit(c)
                ? (run + 1, letters + (char.IsAsciiLetter(c) ? 1 : 0), digits + (char.IsAsciiDigit(c) ? 1 : 0))
                : (0, 0, 0);
            if (run >= 20 && letters > 0 && digits > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? FirstMarker(string lower, string[] markers)
    {
        foreach (var marker in markers)
        {
            if (lower.Contains(marker, StringComparison.Ordinal))
            {
                return marker;
            }
        }

        return null;
    }

    /// <summary>
    /// A short value of letters only ("literal", "Authorization", "admin", "real_key") reads as a word or label; credentials
    /// people choose or generate nearly always mix in digits or symbols, or are long.
    /// </summary>
    private static bool IsPlainWord(string value) =>
        value.Length < 16 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[^1]) && value.All(c => char.IsAsciiLetter(c) || c == '_');

    /// <summary>An environment variable or constant name (SESSION_SECRET) names a secret; it is not one.</summary>
    private static bool LooksLikeName(string value) =>
        value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') && value.Contains('_', StringComparison.Ordinal)
        || value.All(c => char.IsAsciiLetter(c) || c == '.' || c == '/' || c == '-') && value.Contains('/', StringComparison.Ordinal);
}
