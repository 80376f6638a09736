namespace Scanner.Checklist.Parsing;

/// <summary>What a source line is in the Markdown structure.</summary>
internal enum LineRole
{
    Heading,

    /// <summary>The first line of a list item: where a checkbox or a marker has to be.</summary>
    ItemHead,

    /// <summary>A line of running text outside an item's head (top level, in a quote, or under an item).</summary>
    Paragraph,
}
