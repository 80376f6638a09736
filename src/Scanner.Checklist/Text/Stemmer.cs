namespace Scanner.Checklist.Text;

/// <summary>
/// A deliberately small suffix stripper. It only has to map the forms checklists actually use onto one key
/// ("headers"/"header", "limiting"/"limit", "policies"/"policy", "cache"/"caching"); both the catalog phrases
/// and the checklist lines go through it, so a stem need not be a real word, only consistent.
/// </summary>
internal static class Stemmer
{
    // Words whose trailing "s" is not a plural: "https" must not collapse onto "http", nor "cors" onto "core".
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal)
    {
        "https", "cors", "wss", "sms", "ios", "macos", "kubernetes", "postgres", "express", "nodejs", "nextjs", "vuejs",
    };

    public static string Stem(string word)
    {
        if (word.Length <= 3 || Protected.Contains(word) || !IsAsciiLetters(word))
        {
            return word;
        }

        var w = StripPlural(word);
        w = StripVerbSuffix(w);
        w = StripNounSuffix(w);
        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        // Same length floor as the early return, so "keys" → "key" ends where "key" does.
        if (w.Length > 3 && w[^1] == 'y')
        {
            w = string.Concat(w.AsSpan(0, w.Length - 1), "i");
        }

        return w;
    }

    private static string StripPlural(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return string.Concat(w.AsSpan(0, w.Length - 3), "i");
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        var keep = w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal)
            || w.EndsWith("is", StringComparison.Ordinal);
        return w[^1] == 's' && !keep ? w[..^1] : w;
    }

    private static string StripVerbSuffix(string w)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3
                && HasVowel(w.AsSpan(0, w.Length - suffix.Length)))
            {
                return Undouble(w[..^suffix.Length]);
            }
        }

        return w;
    }

    // "validation"/"validate" and "authorization"/"authorize" are the same claim in a checklist.
    private static string StripNounSuffix(string w)
    {
        if (w.Length >= 8 && w.EndsWith("ization", StringComparison.Ordinal))
        {
            return w[..^5];
        }

        return w.Length >= 7 && w.EndsWith("ation", StringComparison.Ordinal) ? w[..^3] : w;
    }

    // "logging" → "logg" → "log"; "installed" keeps its "ll".
    private static string Undouble(string w)
    {
        if (w.Length < 3 || w[^1] != w[^2] || w[^1] is 'l' or 's' or 'z' || IsVowel(w[^1]))
        {
            return w;
        }

        return w[..^1];
    }

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (IsVowel(c) || c == 'y')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAsciiLetters(string w)
    {
        foreach (var c in w)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
