using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Turns Markdig inlines into plain text, one segment per source line: emphasis and links reduced to their text,
/// code spans to their content, HTML dropped, the task-list box skipped (the interpreter reads the box from the
/// source line itself).
/// </summary>
internal static class InlineText
{
    public static List<InlineSegment> Segments(ContainerInline? root, int firstLine) =>
        Segments(root, firstLine, new InlineTextBuilder());

    /// <summary>Same, reusing <paramref name="builder"/>'s buffers: a big checklist has one paragraph per item.</summary>
    public static List<InlineSegment> Segments(ContainerInline? root, int firstLine, InlineTextBuilder builder)
    {
        builder.Start(firstLine);
        if (root is not null)
        {
            Walk(root, builder, struck: false);
        }

        return builder.Finish();
    }

    public static string Join(IReadOnlyList<InlineSegment> segments) =>
        segments.Count == 1 ? segments[0].Text : string.Join(' ', segments.Select(s => s.Text).Where(t => t.Length > 0));

    private static void Walk(Inline inline, InlineTextBuilder builder, bool struck)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan(), struck, isCode: false);
                break;
            case CodeInline code:
                builder.Append(code.Content.AsSpan(), struck, isCode: true);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url.AsSpan(), struck, isCode: true);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan(), struck, isCode: false);
                break;
            case LineBreakInline:
                builder.NewLine();
                break;
            case TaskList or HtmlInline:
                break;
            case EmphasisInline emphasis:
                var strike = struck || (emphasis.DelimiterChar == '~' && emphasis.DelimiterCount == 2);
                WalkChildren(emphasis, builder, strike);
                break;
            case ContainerInline container:
                WalkChildren(container, builder, struck);
                break;
            default:
                break;
        }
    }

    private static void WalkChildren(ContainerInline container, InlineTextBuilder builder, bool struck)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Walk(child, builder, struck);
        }
    }
}
