namespace Scanner.Core.Secrets;

/// <summary>Values that only look like secrets: templates, references to the environment, examples, filler.</summary>
public static class Placeholders
{
    /// <summary>Markers that make any value, even one in a provider's format, a stand-in.</summary>
    private static readonly string[] StrongMarkers =
    [
        "${", "{{", "}}", "%(", "$(", "<", ">", "changeme", "change_me", "change-me", "changeit", "your", "example",
        "sample", "placeholder", "dummy", "redacted", "xxxx", "****", "....", "replace_", "insert_", "put_", "enter_",
    ];

    /// <summary>Words that, in a free-form assigned value, show a label or reference rather than a secret.</summary>
    private static readonly string[] GenericMarkers =
    [
        "process.env", "os.environ", "getenv", "import.meta", "env(", "replace", "insert", "todo", "fixme",
        "password", "secret", "token", "undefined", "null", "none", "true", "false", "required",
    ];

    /// <summary>True for a stand-in. <paramref name="generic"/> values (assignments) get the wider word list.</summary>
    public static bool IsPlaceholder(string value, bool generic = true)
    {
        var lower = value.ToLowerInvariant();
        if (ContainsAny(lower, StrongMarkers) || IsRepetitive(value) || IsSequential(lower))
        {
            return true;
        }

        return generic && (ContainsAny(lower, GenericMarkers) || value.StartsWith('$') || LooksLikeName(value) || IsPlainWord(value));
    }

    private static bool ContainsAny(string lower, string[] markers)
    {
        foreach (var marker in markers)
        {
            if (lower.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short value of letters only ("literal", "Authorization", "admin") reads as a word or label; credentials
    /// people choose or generate nearly always mix in digits or symbols, or are long.
    /// </summary>
    private static bool IsPlainWord(string value) => value.Length < 16 && value.All(char.IsAsciiLetter);

    /// <summary>Fewer than three distinct characters: "aaaaaa", "000000", "ababab".</summary>
    private static bool IsRepetitive(string value) => value.Distinct().Take(3).Count() < 3;

    /// <summary>"123456789", "abcdefgh": each character one above the last.</summary>
    private static bool IsSequential(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] != value[i - 1] + 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An environment variable or constant name (SESSION_SECRET) names a secret; it is not one.</summary>
    private static bool LooksLikeName(string value) =>
        value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') && value.Contains('_', StringComparison.Ordinal)
        || value.All(c => char.IsAsciiLetter(c) || c == '.' || c == '/' || c == '-') && value.Contains('/', StringComparison.Ordinal);
}
