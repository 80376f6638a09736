using System.Globalization;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Reads the document structure with Markdig: headings, list items with their nesting, and running text, leaving
/// out everything GitHub would render as code or raw HTML. Markdig's 0-based <c>Line</c> on the (line-preserving)
/// prepared text gives exact line numbers.
/// </summary>
internal sealed class MarkdigLineReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseTaskLists()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UsePreciseSourceLocation()
        .Build();

    private readonly SourceText _source;
    private readonly List<string> _notes;
    private readonly List<MarkdownLine> _lines = [];
    private readonly InlineTextBuilder _inline = new();

    private MarkdigLineReader(SourceText source, List<string> notes)
    {
        _source = source;
        _notes = notes;
    }

    /// <summary>Reads the lines, or returns null (with a note) when Markdig refuses the document.</summary>
    public static List<MarkdownLine>? Read(SourceText source, List<string> notes)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source.Text, Pipeline);
        }
        catch (ArgumentException error)
        {
            // Markdig refuses documents nested past its depth limit; a checklist is flat enough to read line by line.
            notes.Add($"Markdown structure could not be read ({error.Message}); read line by line instead");
            return null;
        }

        var reader = new MarkdigLineReader(source, notes);
        reader.WalkBlocks(document, new Scope(0, -1, null));
        return reader._lines;
    }

    private void WalkBlocks(IEnumerable<Block> blocks, Scope scope)
    {
        Block? previous = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddHeading(heading, scope);
                    break;
                case ListBlock list:
                    var label = LeadIn(previous) ?? scope.ListLabel;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        WalkItem(item, scope with { ListLabel = label });
                    }

                    break;
                case ParagraphBlock paragraph:
                    AddParagraph(paragraph, scope);
                    break;
                case FencedCodeBlock { ClosingFencedCharCount: 0 } fence:
                    _notes.Add(string.Create(CultureInfo.InvariantCulture, $"code fence opened at line {fence.Line + 1} is never closed: the rest of the file reads as code, as GitHub renders it"));
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
        var segments = InlineText.Segments(head.Inline, head.Line + 1, _inline);

        // A wrapped item keeps its continuation lines, up to a line that makes a claim of its own ("Status: ...").
        var own = 1;
        while (own < segments.Count && !StatusLine.StartsOwnClaim(segments[own].Text))
        {
            own++;
        }

        var mine = own == segments.Count ? segments : [.. segments.Take(own)];
        var line = new MarkdownLine(
            head.Line + 1,
            mine[^1].Line,
            LineRole.ItemHead,
            scope.Depth,
            0,
            scope.Parent,
            _source.RestOfLine(head.Span.Start),
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
        var segments = InlineText.Segments(heading.Inline, heading.Line + 1, _inline);
        var text = InlineText.Join(segments);
        _lines.Add(new MarkdownLine(
            heading.Line + 1, heading.Line + 1, LineRole.Heading, scope.Depth, heading.Level, scope.Parent,
            _source.GetLine(heading.Line + 1), text, text, Struck: false, ListLabel: null));
    }

    /// <summary>
    /// Adds a paragraph line by line. A line ending in ':' labels the lines after it, as a lead-in labels a list:
    /// "**Must have:**" followed by ✅ lines on the next lines of the same paragraph.
    /// </summary>
    private void AddParagraph(ParagraphBlock paragraph, Scope scope)
    {
        var label = scope.ListLabel;
        foreach (var segment in InlineText.Segments(paragraph.Inline, paragraph.Line + 1, _inline))
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

        var text = InlineText.Join(InlineText.Segments(paragraph.Inline, paragraph.Line + 1, _inline));
        return text.EndsWith(':') ? text : null;
    }
}
