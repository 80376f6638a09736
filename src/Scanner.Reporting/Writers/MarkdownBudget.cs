using System.Text;

namespace Scanner.Reporting.Writers;

/// <summary>
/// Markdown text that stays under a length limit (GitHub refuses comments over 65,536 characters): once an item
/// would not fit, later items are counted instead of written, and the closing tags that were opened still fit
/// because room for them is held back.
/// </summary>
internal sealed class MarkdownBudget(int limit)
{
    /// <summary>Room kept for closing tags and the truncation note.</summary>
    private const int Reserve = 600;

    private readonly StringBuilder _text = new();

    public int Omitted { get; private set; }

    public bool Full { get; private set; }

    /// <summary>Appends structure (headings, tags) that must appear whenever its section does.</summary>
    public void Frame(string text) => _text.Append(text);

    /// <summary>Appends one item if it fits; otherwise counts it as omitted.</summary>
    public void Item(string text)
    {
        if (Full || _text.Length + text.Length > limit - Reserve)
        {
            Full = true;
            Omitted++;
            return;
        }

        _text.Append(text);
    }

    public override string ToString() => _text.ToString();
}
