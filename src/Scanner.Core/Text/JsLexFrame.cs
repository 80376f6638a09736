namespace Scanner.Core.Text;

/// <summary>
/// Where the lexer resumes when the code inside <c>${ }</c> or a JSX <c>{ }</c> closes: the mode to go back to,
/// the brace depth that closes it and the JSX element depth to restore. Frames form an immutable list so a
/// snapshot for backtracking costs one reference.
/// </summary>
internal sealed record JsLexFrame(JsLexFrame? Parent, JsLexMode Resume, bool Template, int BraceDepth, int JsxDepth);
