namespace Scanner.Checklist.Parsing;

/// <summary>
/// One line of the document as the interpreter sees it, whoever read the structure (Markdig or the line-by-line
/// fallback). Code blocks and HTML blocks never produce one.
/// </summary>
/// <param name="Line">1-based line.</param>
/// <param name="LastLine">Last line of an item head that wraps; equal to <paramref name="Line"/> otherwise.</param>
/// <param name="Parent">Index of the enclosing item head in the line list, -1 at the top.</param>
/// <param name="Raw">Source text from the content start (after the bullet or the hashes) to the end of the line.</param>
/// <param name="Text">Markdown-free text.</param>
/// <param name="Prose">Text with code spans blanked, for phrase checks that must ignore quoted code.</param>
/// <param name="Struck">Every letter and digit of the text is struck through.</param>
/// <param name="ListLabel">The paragraph ending in ':' that introduces the list ("Must have:"), if any.</param>
internal sealed record MarkdownLine(
    int Line,
    int LastLine,
    LineRole Role,
    int Depth,
    int HeadingLevel,
    int Parent,
    string Raw,
    string Text,
    string Prose,
    bool Struck,
    string? ListLabel);
