using System.Buffers;
using System.Text.RegularExpressions;

namespace Scanner.Probes.Text;

/// <summary>
/// The matches of a pattern no part of which matches a line break and every match of which holds one of the
/// required words, searched only on the lines that hold one: the same matches as a search of the whole text (a
/// line's ends read as the ends of the text, which a word boundary or a one-character lookaround sees as it sees a
/// line break), without trying a pattern with no literal prefix at every position of the file.
/// </summary>
public static class LinesWith
{
    public static IEnumerable<Match> Matches(string text, Regex pattern, SearchValues<string> required)
    {
        for (var from = 0; from < text.Length;)
        {
            var hit = text.AsSpan(from).IndexOfAny(required);
            if (hit < 0)
            {
                yield break;
            }

            var start = text.LastIndexOf('\n', from + hit) + 1;
            var end = text.IndexOf('\n', from + hit);
            end = end < 0 ? text.Length : end;
            for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                yield return m;
            }

            from = end + 1;
        }
    }
}
