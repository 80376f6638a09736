using System.Text.RegularExpressions;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Reads a property out of an object literal's source text: <c>{ origin: process.env.X || '*', credentials: true }</c>
/// gives <c>process.env.X || '*'</c> for <c>origin</c>. Quotes and brackets are respected; the first match wins.
/// </summary>
public static class JsProperty
{
    public static string? Value(string objectText, string key)
    {
        var m = Regex.Match(objectText, $@"(?<![\w$.])['""]?{Regex.Escape(key)}['""]?\s*:", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? objectText[(m.Index + m.Length)..ValueEnd(objectText, m.Index + m.Length)].Trim() : null;
    }

    /// <summary>True for <c>true</c> (also <c>!0</c>); false for anything else.</summary>
    public static bool IsTrue(string? value) => value is "true" or "!0";

    /// <summary>The end of a value starting at <paramref name="from"/>: a ',' or closing bracket at depth 0.</summary>
    public static int ValueEnd(string text, int from)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"' or '`')
            {
                var close = text.IndexOf(c, i + 1);
                i = close < 0 ? text.Length - 1 : close;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if (c is ',' or ';' && depth == 0)
            {
                return i;
            }
        }

        return text.Length;
    }
}
