namespace Scanner.Core.Text;

/// <summary>File text with a line index, so offsets turn into exact 1-based lines without rescanning.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text;
        _lineStarts = IndexLines(text);
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public int ColumnOf(int offset) => offset - _lineStarts[LineOf(offset) - 1] + 1;

    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The line's text without its terminator; empty for a line number out of range.</summary>
    public ReadOnlySpan<char> Line(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return [];
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text.AsSpan(start, end - start);
    }

    private static int[] IndexLines(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        if (starts.Count > 1 && starts[^1] == text.Length)
        {
            starts.RemoveAt(starts.Count - 1);
        }

        return [.. starts];
    }
}
