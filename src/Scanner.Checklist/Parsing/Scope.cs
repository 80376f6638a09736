namespace Scanner.Checklist.Parsing;

/// <summary>Where a reader is in the block tree: list depth, enclosing item head, and the list's lead-in.</summary>
internal readonly record struct Scope(int Depth, int Parent, string? ListLabel);
