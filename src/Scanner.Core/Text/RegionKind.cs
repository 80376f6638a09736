namespace Scanner.Core.Text;

/// <summary>What a stretch of source text is: code, a comment, or the inside of a string literal.</summary>
public enum RegionKind
{
    Code,
    Comment,
    String,
}
