using System.Buffers;
using System.Globalization;
using System.Text;

namespace Scanner.Core.Text;

/// <summary>
/// Makes control characters visible (<c>\x1b</c>, <c>\n</c>) so that a file name or checklist line cannot clear a
/// terminal, open a hyperlink or forge a report line in a text output.
/// </summary>
public static class ControlChars
{
    // A tab is left out: it moves the cursor but cannot rewrite or forge anything, and evidence lines keep their layout.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Concat(Enumerable.Range(0x7f, 0x21)).Select(c => (char)c)]);

    /// <summary>The text with every C0/C1 control character and DEL written as an escape; the same instance when there is none.</summary>
    public static string Escape(string text)
    {
        var start = text.AsSpan().IndexOfAny(Controls);
        if (start < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8).Append(text, 0, start);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                _ when Controls.Contains(c) => sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
