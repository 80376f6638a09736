using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Probes.Text;

/// <summary>
/// Whether a string literal holds a SQL statement rather than prose that starts with the same word: "Select a
/// plan from the list" is UI text, <c>select * from users where id = $1</c> is a query.
/// </summary>
public static partial class SqlText
{
    /// <summary>True for text that starts with a statement's shape (SELECT ... FROM, INSERT INTO, UPDATE x SET, DELETE FROM)
    /// and is either written in upper case or carries a token prose does not (WHERE, =, *, VALUES, JOIN).</summary>
    public static bool IsQuery(ReadOnlySpan<char> text)
    {
        if (!Shape().IsMatch(text))
        {
            return false;
        }

        var verb = text[..Math.Min(6, text.Length)];
        foreach (var c in verb)
        {
            if (char.IsLower(c))
            {
                return Strong().IsMatch(text);
            }
        }

        return true;
    }

    /// <summary>True when a <c>${...}</c> (JS, <paramref name="dollar"/>) or <c>{...}</c> (Python f-string) in the text
    /// holds a value rather than an UPPER_CASE constant such as a table name; <c>{{</c> is an escaped brace.</summary>
    public static bool Interpolates(ReadOnlySpan<char> text, bool dollar)
    {
        for (var i = text.IndexOf('{'); i >= 0 && i < text.Length - 1; i = NextBrace(text, i + 1))
        {
            if ((dollar && (i == 0 || text[i - 1] != '$')) || (!dollar && (text[i + 1] == '{' || (i > 0 && text[i - 1] == '{'))))
            {
                continue;
            }

            var close = text[i..].IndexOf('}');
            if (close < 0 || !IsConstant(text.Slice(i + 1, close - 1).Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An UPPER_CASE name: by convention a constant, not a request value.</summary>
    public static bool IsConstant(ReadOnlySpan<char> name) => Constant().IsMatch(name);

    private static int NextBrace(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOf('{');
        return next < 0 ? -1 : from + next;
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]{0,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex Constant();

    [GeneratedRegex(@"^(?:SELECT\b.*\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\S+\s+SET\b|DELETE\s+FROM\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ShapeCompiled();
    private static Regex Shape() => LinearRegex.Pick(ShapeCompiled());

    [GeneratedRegex(@"\bWHERE\b|=|\*|\bVALUES\b|\bJOIN\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Strong();
}
