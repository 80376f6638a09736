namespace Scanner.Core.Text;

/// <summary>What the JavaScript lexer is reading: code, the inside of a JSX tag, or JSX children text.</summary>
internal enum JsLexMode
{
    Code,
    JsxTag,
    JsxChildren,
}
