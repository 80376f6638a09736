using System.Globalization;
using System.Text;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// The checklist text made safe to parse without moving any line: line endings become LF (CommonMark counts a
/// lone CR as a line end too, and every line number we report must match what an editor shows), NUL becomes
/// U+FFFD as CommonMark requires, a leading BOM is dropped and mis-decoded runs are repaired. None of these
/// changes the number of lines, so Markdig's 0-based <c>Line</c> + 1 is the editor's line.
/// </summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text, int[] lineStarts)
    {
        Text = text;
        _lineStarts = lineStarts;
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public static SourceText Prepare(string? raw, List<string> notes)
    {
        var text = NormalizeLineEndings(raw ?? string.Empty, out var nulCount, out var replacementCount);
        if (nulCount > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"replaced {nulCount} NUL character(s) with U+FFFD"));
        }

        if (replacementCount > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"text holds {replacementCount} U+FFFD replacement character(s): the file was probably not valid UTF-8"));
        }

        text = MojibakeRepair.Repair(text, out IReadOnlyList<string> codePages);
        notes.AddRange(codePages.Select(page => $"repaired mis-decoded text (UTF-8 read as {page})"));
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return new SourceText(text, [.. starts]);
    }

    /// <summary>Offset of the first character of 1-based line <paramref name="line"/>; the text's length past the last line.</summary>
    public int StartOf(int line) => line <= _lineStarts.Length ? _lineStarts[line - 1] : Text.Length;

    /// <summary>Whether 1-based line <paramref name="line"/> holds nothing but spaces and tabs.</summary>
    public bool IsBlank(int line) => Text.AsSpan(StartOf(line), StartOf(line + 1) - StartOf(line)).TrimEnd('\n').Trim(" \t").IsEmpty;

    /// <summary>The text of 1-based line <paramref name="line"/>, without its line ending; empty when out of range.</summary>
    public string GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return string.Empty;
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text[start..end];
    }

    /// <summary>From <paramref name="offset"/> to the end of its line.</summary>
    public string RestOfLine(int offset)
    {
        if (offset < 0 || offset >= Text.Length)
        {
            return string.Empty;
        }

        var end = Text.IndexOf('\n', offset);
        return end < 0 ? Text[offset..] : Text[offset..end];
    }

    private static string NormalizeLineEndings(string raw, out int nulCount, out int replacementCount)
    {
        nulCount = 0;
        replacementCount = 0;
        if (raw.AsSpan().IndexOfAny('\r', '\0', '\uFFFD') < 0)
        {
            return raw;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\0':
                    nulCount++;
                    builder.Append('\uFFFD');
                    break;
                case '\uFFFD':
                    replacementCount++;
                    builder.Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
