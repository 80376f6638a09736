namespace Scanner.Core.Text;

/// <summary>
/// Comments and strings for '#'-comment languages: Python (triple quotes, '#' anywhere), and shell, YAML,
/// Dockerfile, .env and nginx, where '#' starts a comment only at a line start or after white space and a quote
/// starts a string only where a value can begin (so the apostrophe in "don't" is not a string).
/// </summary>
internal static class HashLexer
{
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
            else if ((c == '"' || c == '\'') && (python || StartsValue(previous)))
            {
                var end = python && i + 2 < s.Length && s[i + 1] == c && s[i + 2] == c
                    ? EndOfTriple(s, i, c)
                    : LiteralScanner.QuotedEnd(s, i, c, backslashEscapes: python || c == '"');
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

    private static int EndOfTriple(string s, int start, char quote)
    {
        var fence = new string(quote, 3);
        var end = s.IndexOf(fence, start + 3, StringComparison.Ordinal);
        return end < 0 ? s.Length : end + 3;
    }
}
