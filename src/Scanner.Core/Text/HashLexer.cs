namespace Scanner.Core.Text;

/// <summary>
/// Comments and strings for '#'-comment languages: Python (string prefixes, triple quotes, f-strings, '#'
/// anywhere), and shell, YAML, Dockerfile, .env and nginx, where '#' starts a comment only at a line start or
/// after white space and a quote starts a string only where a value can begin (so the apostrophe in "don't" is
/// not a string).
/// </summary>
internal static class HashLexer
{
    /// <summary>Deeper f-string nesting is treated as plain text: bounded recursion, no stack overflow on junk.</summary>
    private const int MaxFStringNesting = 8;

    public static List<Region> Lex(string s, Language language)
    {
        var python = language == Language.Python;
        var regions = new List<Region>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var previous = i == 0 ? '\n' : s[i - 1];
            if (c == '#' && (python || char.IsWhiteSpace(previous)))
            {
                var end = s.IndexOfAny(['\n', '\r'], i);
                end = end < 0 ? s.Length : end;
                regions.Add(new Region(i, end - i, RegionKind.Comment));
                i = end;
            }
            else if ((c == '"' || c == '\'') && python)
            {
                var start = PrefixStart(s, i);
                var end = PythonStringEnd(s, i, IsFormatted(s, start, i), 0);
                regions.Add(new Region(start, end - start, RegionKind.String));
                i = end;
            }
            else if ((c == '"' || c == '\'') && StartsValue(previous))
            {
                var end = LiteralScanner.QuotedEnd(s, i, c, backslashEscapes: c == '"');
                regions.Add(new Region(i, end - i, RegionKind.String));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return regions;
    }

    private static bool StartsValue(char previous) =>
        char.IsWhiteSpace(previous) || previous is '=' or ':' or '[' or '{' or ',' or '(';

    /// <summary>
    /// Where a Python literal starts, its prefix included (r, b, u, f, t and pairs such as rb, fr): the letters
    /// count only when they form the whole word before the quote, so in <c>if"x"</c> the f belongs to <c>if</c>.
    /// </summary>
    private static int PrefixStart(string s, int quoteAt)
    {
        var start = quoteAt;
        while (start > 0 && quoteAt - start < 2 && "rRbBuUfFtT".Contains(s[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        return start > 0 && (char.IsLetterOrDigit(s[start - 1]) || s[start - 1] == '_') ? quoteAt : start;
    }

    private static bool IsFormatted(string s, int start, int quoteAt) =>
        s.AsSpan(start, quoteAt - start).IndexOfAny("fFtT") >= 0;

    /// <summary>
    /// End of a Python literal. Backslashes keep the next character from closing it (raw strings included: r"\""
    /// is one string). In an f-string, replacement fields may hold brackets and nested literals, even with the
    /// same quote (Python 3.12), so a quote inside <c>{...}</c> does not end the outer string.
    /// </summary>
    private static int PythonStringEnd(string s, int quoteAt, bool formatted, int nesting)
    {
        var quote = s[quoteAt];
        var triple = quoteAt + 2 < s.Length && s[quoteAt + 1] == quote && s[quoteAt + 2] == quote;
        var i = quoteAt + (triple ? 3 : 1);
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (!triple && c is '\n' or '\r')
            {
                return i;
            }

            if (depth == 0)
            {
                if (c == '\\')
                {
                    i += 2;
                    continue;
                }

                if (c == quote && (!triple || (i + 2 < s.Length && s[i + 1] == quote && s[i + 2] == quote)))
                {
                    return i + (triple ? 3 : 1);
                }

                if (formatted && c == '{')
                {
                    depth = i + 1 < s.Length && s[i + 1] == '{' ? 0 : 1;
                    i += depth == 0 ? 2 : 1;
                    continue;
                }

                i++;
                continue;
            }

            if ((c == '"' || c == '\'') && nesting < MaxFStringNesting)
            {
                i = PythonStringEnd(s, i, IsFormatted(s, PrefixStart(s, i), i), nesting + 1);
                continue;
            }

            depth += c is '{' or '[' or '(' ? 1 : c is '}' or ']' or ')' ? -1 : 0;
            i++;
        }

        return s.Length;
    }
}
