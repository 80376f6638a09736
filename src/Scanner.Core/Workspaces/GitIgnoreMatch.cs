namespace Scanner.Core.Workspaces;

/// <summary>The ignore rule that decided a path: the file it is in, its line, and the pattern as written.</summary>
public sealed record GitIgnoreMatch(string Source, int Line, string Pattern);
