namespace Scanner.Checklist.Parsing;

/// <summary>The plain text of one source line of a paragraph.</summary>
internal sealed record InlineSegment(int Line, string Text, string Prose, bool Struck);
