using System.Text;

namespace Scanner.Checklist.Parsing;

/// <summary>Accumulates inline text per source line and tracks how much of it is struck through.</summary>
internal sealed class InlineTextBuilder
{
    // Stands for a code span in the prose copy, so words inside code never read as status phrases.
    private const string CodePlaceholder = "\u2026";

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _prose = new();
    private List<InlineSegment> _segments = [];
    private int _line;
    private int _letters;
    private int _struckLetters;

    public void Start(int firstLine)
    {
        _segments = [];
        _text.Clear();
        _prose.Clear();
        _line = firstLine;
        _letters = 0;
        _struckLetters = 0;
    }

    public void Append(ReadOnlySpan<char> value, bool struck, bool isCode)
    {
        _text.Append(value);
        _prose.Append(isCode ? CodePlaceholder : value);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                _letters++;
                _struckLetters += struck ? 1 : 0;
            }
        }
    }

    public void NewLine()
    {
        Flush();
        _line++;
    }

    public List<InlineSegment> Finish()
    {
        Flush();
        return _segments;
    }

    private void Flush()
    {
        var struck = _letters > 0 && _struckLetters == _letters;
        _segments.Add(new InlineSegment(_line, PlainText.Collapse(_text.ToString()), PlainText.Collapse(_prose.ToString()), struck));
        _text.Clear();
        _prose.Clear();
        _letters = 0;
        _struckLetters = 0;
    }
}
