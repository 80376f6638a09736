namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>Where a named artifact was seen: the file, the 1-based line, and the line's text (redacted later, by the report).</summary>
public sealed record CodeHit(string Path, int Line, string Text);
