using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// The matches of a pattern shaped <c>left-chain \s* (|| or ??) \s* name\b</c> (an identifier chain, the operator, an
/// identifier), found as a search of the whole text finds them, but tried only around each operator. Between a
/// match's start and its operator there are only identifier characters, dots and spaces, and after it only spaces
/// and the name: so the match holding an operator lies between the last other ASCII character before it and the
/// first after it, and a window that ends on such a character reads the closing word boundary as the text does.
/// Searching the whole text tries the chain at every identifier of the file.
/// </summary>
internal static class FallbackOperands
{
    private static readonly SearchValues<string> Operators = SearchValues.Create(["||", "??"], StringComparison.Ordinal);

    public static List<Match> Matches(SourceDocument doc, Regex pattern)
    {
        var found = new List<Match>();
        var text = doc.Content;
        var scanned = 0;
        for (var op = 0; op < text.Length;)
        {
            var hit = text.AsSpan(op).IndexOfAny(Operators);
            if (hit < 0)
            {
                break;
            }

            op += hit;
            var start = op;
            while (start > scanned && InChain(text[start - 1]))
            {
                start--;
            }

            var end = op + 2;
            while (end < text.Length && InOperand(text[end]))
            {
                end++;
            }

            var m = pattern.Match(text, start, end - start);
            if (m.Success)
            {
                if (doc.Regions.KindAt(m.Index) == RegionKind.Code)
                {
                    found.Add(m);
                }

                scanned = m.Index + m.Length;
                op = scanned;
            }
            else
            {
                op++;
            }
        }

        return found;
    }

    // What a chain before the operator can hold: identifier characters, dots and spaces; anything not ASCII may be one.
    private static bool InChain(char c) => c > 127 || char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '.' || char.IsWhiteSpace(c);

    private static bool InOperand(char c) => c > 127 || char.IsAsciiLetterOrDigit(c) || c is '_' or '$' || char.IsWhiteSpace(c);
}
