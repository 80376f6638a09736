namespace Scanner.Core.Text;

internal enum GlobTokenKind
{
    /// <summary>One given character.</summary>
    Literal,

    /// <summary><c>?</c>: one character other than '/'.</summary>
    AnyChar,

    /// <summary><c>[...]</c>: one character in (or, negated, not in) the set.</summary>
    Class,

    /// <summary><c>*</c>: any run of characters inside one folder.</summary>
    Star,

    /// <summary><c>**</c> not followed by '/': any run of characters, folders included.</summary>
    DoubleStar,

    /// <summary><c>**/</c>: zero or more whole folders.</summary>
    Folders,
}
