namespace Scanner.Checklist.Parsing;

/// <summary>One item of a <see cref="CompactItems"/>: what is its own (text, line), and its shared shape.</summary>
internal readonly record struct ItemRow(string Text, int Line, int Shape);
