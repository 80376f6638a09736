namespace Scanner.Checklist.Parsing;

/// <summary>
/// One item of a <see cref="CompactItems"/>: what is its own (where its text is kept in <see cref="ItemTexts"/>, its
/// line), and its shared shape.
/// </summary>
internal readonly record struct ItemRow(int TextBlock, int TextOffset, int TextLength, int Line, int Shape);
