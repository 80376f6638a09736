namespace Scanner.Checklist.Parsing;

/// <summary>
/// Code spans of one Markdown source line, read as CommonMark does: a run of backticks opens a span that only a
/// run of the same length closes; an unclosed run is literal text.
/// </summary>
internal static class CodeSpans
{
    public static IReadOnlyList<string> In(string raw)
    {
        List<string>? spans = null;
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != '`')
            {
                i++;
                continue;
            }

            var run = RunLength(raw, i);
            var close = FindRun(raw, i + run, run);
            if (close < 0)
            {
                i += run;
                continue;
            }

            var content = raw[(i + run)..close].Trim();
            if (content.Length > 0)
            {
                (spans ??= []).Add(content);
            }

            i = close + run;
        }

        return spans ?? (IReadOnlyList<string>)[];
    }

    private static int RunLength(string raw, int start)
    {
        var end = start;
        while (end < raw.Length && raw[end] == '`')
        {
            end++;
        }

        return end - start;
    }

    private static int FindRun(string raw, int from, int length)
    {
        var i = from;
        while (i < raw.Length)
        {
            if (raw[i] != '`')
            {
                i++;
                continue;
            }

            var run = RunLength(raw, i);
            if (run == length)
            {
                return i;
            }

            i += run;
        }

        return -1;
    }
}
