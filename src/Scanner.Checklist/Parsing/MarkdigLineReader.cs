using System.Globalization;
using Markdig.Syntax;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Reads the document structure of one run of lines (<see cref="MarkdownChunks"/>) from Markdig's tree: headings,
/// list items with their nesting, and running text, leaving out everything GitHub would render as code or raw
/// HTML. Markdig's 0-based <c>Line</c> on the (line-preserving) prepared text, shifted to where the run starts,
/// gives exact line numbers.
/// </summary>
internal sealed class MarkdigLineReader
{
    private readonly SourceText _source;
    private readonly List<string> _notes;
    private readonly int _lineShift;
    private readonly int _charShift;
    private readonly List<MarkdownLine> _lines = [];
    private readonly InlineTextBuilder _inline;
    private ListCarry? _carried;

    private MarkdigLineReader(SourceText source, List<string> notes, int lineShift, int charShift, ListCarry? carried, InlineTextBuilder inline)
    {
        _source = source;
        _notes = notes;
        _lineShift = lineShift;
        _charShift = charShift;
        _carried = carried;
        _inline = inline;
    }

    /// <summary>The run's last block other than link reference definitions, and the label of its last list.</summary>
    private Block? _lastBlock;
    private string? _lastListLabel;

    /// <summary>
    /// The lines of one parsed run. <paramref name="shift"/> turns the run's
    /// lines and offsets into the document's; <paramref name="carried"/> is the list the previous run ended with.
    /// </summary>
    public static (List<MarkdownLine> Lines, ListCarry? Last) Read(
        MarkdownDocument document, SourceText source, List<string> notes, (int Lines, int Chars) shift, ListCarry? carried, InlineTextBuilder inline)
    {
        var reader = new MarkdigLineReader(source, notes, shift.Lines, shift.Chars, carried, inline);
        reader.WalkBlocks(document, new Scope(0, -1, null), topLevel: true);
        var last = reader._lastBlock switch
        {
            ListBlock list => ListCarry.Of(list, reader._lastListLabel),
            var block when reader.LeadIn(block) is { } label => ListCarry.LeadingIn(label),
            _ => null,
        };
        return (reader._lines, last);
    }

    private void WalkBlocks(IEnumerable<Block> blocks, Scope scope, bool topLevel = false)
    {
        Block? previous = null;
        foreach (var block in blocks)
        {
            // The run's first block (link reference definitions hold no lines) reads on from where the previous run ended.
            var carried = topLevel ? _carried : null;
            if (topLevel && block is not LinkReferenceDefinitionGroup)
            {
                _carried = null;
            }
            switch (block)
            {
                case HeadingBlock heading:
                    AddHeading(heading, scope);
                    break;
                case ListBlock list:
                    // The first list of a run may go on with the last list of the previous run: one list in one parse.
                    var label = carried is not null ? carried.LabelFor(list) : LeadIn(previous) ?? scope.ListLabel;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        WalkItem(item, scope with { ListLabel = label });
                    }

                    _lastListLabel = label;
                    break;
                case ParagraphBlock paragraph:
                    AddParagraph(paragraph, scope);
                    break;
                case FencedCodeBlock { ClosingFencedCharCount: 0 } fence:
                    _notes.Add(string.Create(CultureInfo.InvariantCulture, $"code fence opened at line {fence.Line + 1 + _lineShift} is never closed: the rest of the file reads as code, as GitHub renders it"));
                    break;
                case LeafBlock:
                    // Code, HTML blocks, thematic breaks: nothing in them is a checklist line.
                    break;
                case ContainerBlock container:
                    WalkBlocks(container, scope);
                    break;
                default:
                    break;
            }

            if (topLevel && block is not LinkReferenceDefinitionGroup)
            {
                _lastBlock = block;
            }

            previous = block;
        }
    }

    private void WalkItem(ListItemBlock item, Scope scope)
    {
        var head = item.Count > 0 ? item[0] as ParagraphBlock : null;
        var parent = scope.Parent;
        if (head is not null)
        {
            parent = AddItemHead(head, scope);
        }

        WalkBlocks(head is null ? item : item.Skip(1), new Scope(scope.Depth + 1, parent, scope.ListLabel));
    }

    private int AddItemHead(ParagraphBlock head, Scope scope)
    {
        var segments = InlineText.Segments(head.Inline, head.Line + 1 + _lineShift, _inline);

        // A wrapped item keeps its continuation lines, up to a line that makes a claim of its own ("Status: ...").
        var own = 1;
        while (own < segments.Count && !StatusLine.StartsOwnClaim(segments[own].Text))
        {
            own++;
        }

        var mine = own == segments.Count ? segments : [.. segments.Take(own)];
        var line = new MarkdownLine(
            head.Line + 1 + _lineShift,
            mine[^1].Line,
            LineRole.ItemHead,
            scope.Depth,
            0,
            scope.Parent,
            _source.RestOfLine(head.Span.Start + _charShift),
            InlineText.Join(mine),
            mine.Count == 1 ? mine[0].Prose : string.Join(' ', mine.Select(s => s.Prose)),
            mine.Count == 1 ? mine[0].Struck : mine.All(s => s.Struck || s.Text.Length == 0) && mine.Any(s => s.Struck),
            scope.ListLabel);
        _lines.Add(line);
        var index = _lines.Count - 1;
        foreach (var segment in segments.Skip(own))
        {
            AddParagraphLine(segment, new Scope(scope.Depth + 1, index, scope.ListLabel));
        }

        return index;
    }

    private void AddHeading(HeadingBlock heading, Scope scope)
    {
        var line = heading.Line + 1 + _lineShift;
        var text = InlineText.Join(InlineText.Segments(heading.Inline, line, _inline));
        _lines.Add(new MarkdownLine(line, line, LineRole.Heading, scope.Depth, heading.Level, scope.Parent, _source.GetLine(line), text, text, Struck: false, ListLabel: null));
    }

    /// <summary>
    /// Adds a paragraph line by line. A line ending in ':' labels the lines after it, as a lead-in labels a list:
    /// "**Must have:**" followed by ✅ lines on the next lines of the same paragraph.
    /// </summary>
    private void AddParagraph(ParagraphBlock paragraph, Scope scope)
    {
        var label = scope.ListLabel;
        foreach (var segment in InlineText.Segments(paragraph.Inline, paragraph.Line + 1 + _lineShift, _inline))
        {
            AddParagraphLine(segment, scope with { ListLabel = label });
            if (segment.Text.EndsWith(':'))
            {
                label = segment.Text;
            }
        }
    }

    private void AddParagraphLine(InlineSegment segment, Scope scope)
    {
        if (segment.Text.Length == 0)
        {
            return;
        }

        _lines.Add(new MarkdownLine(
            segment.Line, segment.Line, LineRole.Paragraph, scope.Depth, 0, scope.Parent,
            _source.GetLine(segment.Line), segment.Text, segment.Prose, segment.Struck, scope.ListLabel));
    }

    /// <summary>A paragraph right before a list that ends with ':' introduces it ("Must have:", "Done so far:").</summary>
    private string? LeadIn(Block? previous)
    {
        if (previous is not ParagraphBlock paragraph)
        {
            return null;
        }

        var text = InlineText.Join(InlineText.Segments(paragraph.Inline, paragraph.Line + 1 + _lineShift, _inline));
        return text.EndsWith(':') ? text : null;
    }
}
