namespace Scanner.Core.Secrets;

/// <summary>Shapes of free-form values that are not credentials: UUIDs, digests, URLs, paths, references, filler.</summary>
public static class ValueShape
{
    private static readonly string[] HashPrefixes =
    [
        "sha1:", "sha256:", "sha384:", "sha512:", "sha1-", "sha256-", "sha384-", "sha512-", "md5:", "$2a$", "$2b$", "$2y$",
        "$argon2", "$pbkdf2", "pbkdf2_", "$scrypt", "{ssha}", "{sha}", "$6$", "$5$", "$1$",
    ];

    private static readonly HashSet<string> InstructionWords = new(StringComparer.Ordinal)
    {
        "generate", "use", "with", "set", "put", "enter", "fill", "paste", "add", "create", "get", "from", "here", "my",
        "the", "a", "an", "to", "in", "for", "of", "and", "or", "this", "own", "random", "long", "strong", "real", "value",
    };

    private static readonly string[] FileExtensions =
    [
        ".pem", ".key", ".crt", ".cer", ".p12", ".pfx", ".jks", ".json", ".txt", ".yaml", ".yml", ".env", ".cfg", ".conf",
        ".ini", ".xml", ".properties", ".toml", ".asc", ".gpg",
    ];

    /// <summary>8-4-4-4-12 hex digits: an identifier, not a credential.</summary>
    public static bool IsUuid(string value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? value[i] != '-' : !char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A password hash or digest in a well-known notation (bcrypt, argon2, SRI, docker digests).</summary>
    public static bool IsHashNotation(string value)
    {
        foreach (var prefix in HashPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsFilePath(string value)
    {
        if (value.StartsWith('/') || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
            || value.StartsWith("~/", StringComparison.Ordinal) || (value.Length > 2 && value[1] == ':' && value[2] == '\\'))
        {
            return true;
        }

        foreach (var extension in FileExtensions)
        {
            if (value.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"config.apiKey", "settings.db.password": identifiers joined by dots name a value elsewhere.</summary>
    public static bool IsDottedReference(string value)
    {
        var segments = value.Split('.');
        if (segments.Length < 2)
        {
            return false;
        }

        foreach (var segment in segments)
        {
            if (segment.Length == 0 || !(char.IsAsciiLetter(segment[0]) || segment[0] == '_') || !segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
                || HasInnerDigits(segment))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Names end in their digits (oauth2, v1, key_2); digits between letters ("vvb791wvh") are a generated segment,
    /// as in dotted tokens like "sat.&lt;id&gt;.&lt;secret&gt;".
    /// </summary>
    private static bool HasInnerDigits(string segment)
    {
        var trimmed = segment.TrimEnd("0123456789".ToCharArray());
        return trimmed.Any(char.IsAsciiDigit) && trimmed.Any(char.IsAsciiLetter) && trimmed.Count(char.IsAsciiDigit) >= 2;
    }

    /// <summary>
    /// header.payload.signature with a JSON header and payload ("eyJ") and a signature: the JWT kind decodes the header
    /// and decides. Unsigned tokens (empty signature) and other base64 JSON keys are left to the generic checks.
    /// </summary>
    public static bool IsSignedJwtShape(string value)
    {
        var parts = value.Split('.');
        return parts.Length == 3 && parts[0].StartsWith("eyJ", StringComparison.Ordinal) && parts[1].StartsWith("eyJ", StringComparison.Ordinal)
            && parts[2].Length > 0;
    }

    /// <summary>"getSecret()", "env('KEY')": a call, not a literal.</summary>
    public static bool IsExpression(string value) => value.EndsWith(')') && value.Contains('(', StringComparison.Ordinal);

    /// <summary>How many of lower case, upper case, digits and other characters the value uses.</summary>
    public static int CharacterClasses(string value)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (var c in value)
        {
            lower |= char.IsAsciiLetterLower(c);
            upper |= char.IsAsciiLetterUpper(c);
            digit |= char.IsAsciiDigit(c);
            other |= !char.IsAsciiLetterOrDigit(c);
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /// <summary>
    /// Fewer than three distinct characters, one character making up 40% of a longer value, or a run of one
    /// repeated or ascending character covering 40% of it, or an ascending run of twelve ("0000…", "xxxx…",
    /// "123456…", "abcdef…"), or eight of one symbol in a row (a mask: "####…", "----…"): filler. A long run of one
    /// letter alone is not: Twitter bearer tokens start with a run of "A".
    /// </summary>
    public static bool IsRepetitive(string value)
    {
        if (value.Length == 0 || CountDistinct(value, 3) < 3 || (value.Length >= 16 && MostCommonCount(value) * 5 >= value.Length * 2))
        {
            return true;
        }

        int longest = 1, same = 1, ascending = 1, longestAscending = 1, longestSymbolRun = 1;
        for (var i = 1; i < value.Length; i++)
        {
            same = value[i] == value[i - 1] ? same + 1 : 1;
            ascending = value[i] == value[i - 1] + 1 ? ascending + 1 : 1;
            longest = Math.Max(longest, Math.Max(same, ascending));
            longestAscending = Math.Max(longestAscending, ascending);
            longestSymbolRun = char.IsAsciiLetterOrDigit(value[i]) ? longestSymbolRun : Math.Max(longestSymbolRun, same);
        }

        // An ascending run of a dozen is typed, not generated, however long the rest is ("...klmnopqrstuvwx...").
        return (longest >= 4 && longest * 5 >= value.Length * 2) || longestAscending >= 12 || longestSymbolRun >= 8;
    }

    /// <summary>
    /// "generate-with-openssl-rand-hex-32", "use-your-own-key": lower-case words joined by dashes, underscores or
    /// dots (a number may end them), one of them a word of instruction: a note to the reader, not a value.
    /// </summary>
    public static bool IsInstruction(string value)
    {
        var parts = value.Split('-', '_', '.');
        if (parts.Length < 3 || !parts.Any(InstructionWords.Contains))
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var word = part.Length >= 1 && part.All(char.IsAsciiLetterLower);
            var trailingNumber = i == parts.Length - 1 && part.Length > 0 && part.All(char.IsAsciiDigit);
            if (!word && !trailingNumber)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Access-Control-Allow-Headers", "Use-Strong-Keys": three or more words of letters only, joined by dashes,
    /// underscores or dots, read as a name or a header, not as a generated value (which mixes in digits).
    /// </summary>
    public static bool IsWordChain(string value)
    {
        var parts = value.Split('-', '_', '.');
        return parts.Length >= 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiLetter));
    }

    /// <summary>The value spells its own name ("USE_CREDENTIALS" = "use-credentials"): a constant naming itself.</summary>
    public static bool RepeatsName(string value, string name) => Compact(value) == Compact(name[(name.LastIndexOf('.') + 1)..]);

    private static string Compact(string text) =>
        string.Concat(text.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();

    private static int MostCommonCount(string value)
    {
        Span<int> counts = stackalloc int[128];
        var most = 0;
        foreach (var c in value)
        {
            if (c < 128)
            {
                most = Math.Max(most, ++counts[c]);
            }
        }

        return most;
    }

    private static int CountDistinct(string value, int enough)
    {
        Span<char> seen = stackalloc char[enough];
        var count = 0;
        foreach (var c in value)
        {
            if (!seen[..count].Contains(c))
            {
                seen[count++] = c;
                if (count == enough)
                {
                    break;
                }
            }
        }

        return count;
    }
}
