using System.Text.RegularExpressions;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Reads structure line by line when Markdig cannot (it refuses documents nested deeper than its limit). It knows
/// code fences, ATX headings, list items by indentation and block quotes; that is enough for checklists, which
/// are flat lists under headings.
/// </summary>
internal static class FallbackLineReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex QuotePrefix = new(@"^ {0,3}(?:> ?)+", Options);
    private static readonly Regex Fence = new(@"^\s*(`{3,}|~{3,})", Options);
    private static readonly Regex Heading = new(@"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$", Options);
    private static readonly Regex ListItem = new(@"^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$", Options);
    private static readonly Regex ClosingHashes = new(@"[ \t]+#+[ \t]*$", Options);

    public static List<MarkdownLine> Read(SourceText source) => Read(source, 1, source.LineCount + 1);

    /// <summary>Lines <paramref name="first"/> up to (not including) <paramref name="end"/>, 1-based.</summary>
    public static List<MarkdownLine> Read(SourceText source, int first, int end)
    {
        var lines = new List<MarkdownLine>();
        var indents = new List<int>();
        var heads = new List<int>();
        string? fence = null;
        for (var number = first; number < end; number++)
        {
            var line = source.GetLine(number);
            var content = QuotePrefix.Replace(line, string.Empty, 1);
            var fenceMatch = Fence.Match(content);
            if (fenceMatch.Success)
            {
                var marker = fenceMatch.Groups[1].Value;
                if (fence is null)
                {
                    fence = marker;
                }
                else if (marker[0] == fence[0] && marker.Length >= fence.Length)
                {
                    fence = null;
                }

                continue;
            }

            if (fence is not null || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var heading = Heading.Match(content);
            if (heading.Success)
            {
                var title = PlainText.Strip(ClosingHashes.Replace(heading.Groups[2].Value, string.Empty));
                lines.Add(new MarkdownLine(number, number, LineRole.Heading, 0, heading.Groups[1].Length, -1, content, title, title, false, null));
                indents.Clear();
                heads.Clear();
                continue;
            }

            var item = ListItem.Match(content);
            var indent = Indent(content);
            if (item.Success)
            {
                var width = Indent(item.Groups[1].Value);
                while (indents.Count > 0 && indents[^1] >= width)
                {
                    indents.RemoveAt(indents.Count - 1);
                    heads.RemoveAt(heads.Count - 1);
                }

                var raw = item.Groups[2].Value;
                var text = PlainText.Strip(raw);
                lines.Add(new MarkdownLine(number, number, LineRole.ItemHead, indents.Count, 0, heads.Count > 0 ? heads[^1] : -1, raw, text, text, IsStruck(raw), null));
                indents.Add(width);
                heads.Add(lines.Count - 1);
                continue;
            }

            if (indent == 0)
            {
                indents.Clear();
                heads.Clear();
            }

            var paragraph = PlainText.Strip(content);
            lines.Add(new MarkdownLine(number, number, LineRole.Paragraph, indents.Count, 0, heads.Count > 0 ? heads[^1] : -1, line, paragraph, paragraph, IsStruck(content.Trim()), null));
        }

        return lines;
    }

    private static int Indent(string value)
    {
        var width = 0;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                width++;
            }
            else if (c == '\t')
            {
                width += 4 - (width % 4);
            }
            else
            {
                break;
            }
        }

        return width;
    }

    private static bool IsStruck(string raw)
    {
        var text = Checkbox.StripLeading(raw.Trim());
        text = StatusMarkers.StripLeading(text);
        return text.Length > 4 && text.StartsWith("~~", StringComparison.Ordinal) && text.EndsWith("~~", StringComparison.Ordinal);
    }
}
