using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>Where a named artifact was seen: the file, the 1-based line, and the line's text (redacted later, by the report).</summary>
public sealed record CodeHit(string Path, int Line, string Text)
{
    /// <summary>The hit on <paramref name="line"/> of <paramref name="doc"/>, its text trimmed.</summary>
    public static CodeHit OfLine(SourceDocument doc, int line)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new CodeHit(doc.Path, line, doc.Text.Line(line).Trim().ToString());
    }
}
