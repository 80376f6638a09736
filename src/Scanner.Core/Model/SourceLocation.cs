namespace Scanner.Core.Model;

/// <summary>A place in the target: repo-relative path with '/', 1-based line and column (0 = whole file).</summary>
public sealed record SourceLocation(string Path, int Line, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}" : Path;
}
