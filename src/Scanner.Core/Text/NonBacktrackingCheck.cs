namespace Scanner.Core.Text;

/// <summary>
/// Names the construct in a regex that <c>RegexOptions.NonBacktracking</c> refuses (lookarounds, backreferences,
/// atomic groups, conditionals), without building the automaton: the check is a scan of the pattern text, so a
/// catalog can be validated at load and its regexes built only when first needed.
/// </summary>
internal static class NonBacktrackingCheck
{
    private static readonly (string Prefix, string Name)[] Groups =
    [
        ("(?=", "lookahead"), ("(?!", "negative lookahead"), ("(?<=", "lookbehind"), ("(?<!", "negative lookbehind"),
        ("(?>", "atomic group"), ("(?(", "conditional"),
    ];

    /// <summary>The unsupported construct's name, or null when the pattern has none.</summary>
    public static string? Unsupported(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                if (!inClass && (next == 'k' || (next is >= '1' and <= '9')))
                {
                    return "backreference";
                }

                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    i++;
                }

                continue;
            }

            foreach (var (prefix, name) in Groups)
            {
                if (pattern.AsSpan(i).StartsWith(prefix, StringComparison.Ordinal))
                {
                    return name;
                }
            }
        }

        return null;
    }
}
