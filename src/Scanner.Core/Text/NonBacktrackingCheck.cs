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
        foreach (var (i, escaped) in RegexSyntax.Structure(pattern))
        {
            if (escaped)
            {
                if (pattern[i] is 'k' or (>= '1' and <= '9'))
                {
                    return "backreference";
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
