namespace Scanner.Core.Text;

/// <summary>The lexer state before a <c>&lt;</c> was read as JSX, restored when that guess turns out wrong.</summary>
internal sealed record JsLexSnapshot(int Position, int RegionCount, int BraceDepth, JsLexFrame? Frames);
