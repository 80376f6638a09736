using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Text;

/// <summary>
/// The minimum length a password rule states as a literal, so a line's "12+ characters" can be held to it:
/// <c>password.length &lt; 8</c> and <c>len(password) &lt; 8</c> (8), <c>&gt;= 12</c> (12), <c>&gt; 7</c> (8), the reversed
/// forms, <c>z.string().min(10)</c>, <c>isLength({ min: 10 })</c>, <c>min_length=10</c>, <c>Length(min=10)</c>.
/// A rule without a literal (zxcvbn, a character-class test, a value from settings) states none.
/// </summary>
public static partial class PasswordMinimum
{
    private const int Lookahead = 120;

    /// <summary>The minimum the rule at <paramref name="offset"/> (matched as <paramref name="rule"/>) states, or null.</summary>
    public static int? Of(string text, int offset, string rule)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rule);
        var start = Math.Min(text.Length, offset + rule.Length);
        var window = string.Concat(rule, text.AsSpan(start, Math.Min(Lookahead, text.Length - start)));
        if (Comparison().Match(rule) is { Success: true } c)
        {
            var n = int.Parse(c.Groups["n"].Value, CultureInfo.InvariantCulture);
            return c.Groups["op"].Value is ">" or "<=" ? n + 1 : n;
        }

        if (Reversed().Match(rule) is { Success: true } r)
        {
            var n = int.Parse(r.Groups["n"].Value, CultureInfo.InvariantCulture);
            return r.Groups["op"].Value is "<" or ">=" ? n + 1 : n;
        }

        return Minimum().Match(window) is { Success: true } m ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The fact a wired rule's minimum is recorded as: subject password-min-length, attribute min.</summary>
    public static Fact Fact(SourceDocument doc, int offset, int minimum) =>
        Core.Model.Fact.Measured("password-min-length", new SourceLocation(doc.Path, doc.Text.LineOf(offset)), "min", minimum);

    [GeneratedRegex(@"(?:length|\))\s*(?<op><=|>=|<|>)\s*(?<n>\d{1,3})\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ComparisonCompiled();

    private static Regex Comparison() => LinearRegex.Pick(ComparisonCompiled());

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,3})\s{0,8}(?<op><=|>=|<|>)\s{0,8}[\w$.()\[\]'""]{1,80}length\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReversedCompiled();

    private static Regex Reversed() => ReversedCompiled();

    [GeneratedRegex(@"(?:\.min|\bminLength|\bmin_length|\bLength\s*\(\s*min|\bmin)\s*[(:=]\s*(?<n>\d{1,3})\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex MinimumCompiled();

    private static Regex Minimum() => LinearRegex.Pick(MinimumCompiled());
}
