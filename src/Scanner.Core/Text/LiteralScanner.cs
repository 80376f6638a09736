namespace Scanner.Core.Text;

/// <summary>End offsets of C-family literals; each stops at the line end or file end when unterminated.</summary>
internal static class LiteralScanner
{
    /// <summary>End offset of a regex literal, or -1 when this slash is division after all.</summary>
    public static int RegexEnd(string s, int start)
    {
        var inClass = false;
        for (var i = start + 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '\n' or '\r')
            {
                return -1;
            }

            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                var end = i + 1;
                while (end < s.Length && char.IsAsciiLetter(s[end]))
                {
                    end++;
                }

                return end;
            }
        }

        return -1;
    }

    /// <summary>End of a one-line quoted literal; shell single quotes take no backslash escapes.</summary>
    public static int QuotedEnd(string s, int start, char quote, bool backslashEscapes = true)
    {
        for (var i = start + 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\' && backslashEscapes)
            {
                i++;
            }
            else if (c == quote)
            {
                return i + 1;
            }
            else if (c is '\n' or '\r')
            {
                return i;
            }
        }

        return s.Length;
    }

    public static int VerbatimEnd(string s, int quoteAt)
    {
        for (var i = quoteAt + 1; i < s.Length; i++)
        {
            if (s[i] == '"')
            {
                if (i + 1 < s.Length && s[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return s.Length;
    }

    public static int RawEnd(string s, int start)
    {
        var count = 0;
        while (start + count < s.Length && s[start + count] == '"')
        {
            count++;
        }

        var fence = new string('"', count);
        var end = s.IndexOf(fence, start + count, StringComparison.Ordinal);
        return end < 0 ? s.Length : end + count;
    }
}
