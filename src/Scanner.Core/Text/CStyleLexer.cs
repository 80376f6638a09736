namespace Scanner.Core.Text;

/// <summary>
/// Finds comments and strings in C#-like text (C#, Java, Go, Rust ...): line and block comments, quoted,
/// verbatim (<c>@"..."</c>), interpolated and raw (<c>"""</c>) strings. JavaScript and TypeScript have their own
/// <see cref="JsLexer"/>. It never throws: an unterminated literal ends at the line end (single-line forms) or the
/// file end (block forms), so one odd character cannot hide the rest of the file.
/// </summary>
internal static class CStyleLexer
{
    public static List<Region> Lex(string s)
    {
        var regions = new List<Region>();
        var i = 0;
        while (i < s.Length)
        {
            i = Step(s, i, regions);
        }

        return regions;
    }

    private static int Step(string s, int i, List<Region> regions)
    {
        var c = s[i];
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        if (c == '/' && next == '/')
        {
            var end = s.IndexOfAny(['\n', '\r'], i);
            return Add(regions, i, end < 0 ? s.Length : end, RegionKind.Comment);
        }

        if (c == '/' && next == '*')
        {
            var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return Add(regions, i, end < 0 ? s.Length : end + 2, RegionKind.Comment);
        }

        if (c is '@' or '$')
        {
            var start = i;
            while (i < s.Length && s[i] is '@' or '$')
            {
                i++;
            }

            if (i < s.Length && s[i] == '"')
            {
                var verbatim = s.AsSpan(start, i - start).Contains('@');
                return Add(regions, start, verbatim ? LiteralScanner.VerbatimEnd(s, i) : LiteralScanner.QuotedEnd(s, i, '"'), RegionKind.String);
            }

            return i;
        }

        if (c == '"' && next == '"' && i + 2 < s.Length && s[i + 2] == '"')
        {
            return Add(regions, i, LiteralScanner.RawEnd(s, i), RegionKind.String);
        }

        if (c is '"' or '\'')
        {
            return Add(regions, i, LiteralScanner.QuotedEnd(s, i, c), RegionKind.String);
        }

        return i + 1;
    }

    private static int Add(List<Region> regions, int start, int end, RegionKind kind)
    {
        if (end > start)
        {
            regions.Add(new Region(start, end - start, kind));
        }

        return Math.Max(end, start + 1);
    }
}
