using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Names a file builds from other names: <c>const limiter = rateLimit({...})</c> or <c>function guard(req, res, next)
/// { return limiter.consume(...) }</c> stand for the limiter too. Two passes follow one level of indirection each.
/// </summary>
public static partial class JsDerivedNames
{
    private const int Passes = 2;

    public static HashSet<string> Expand(SourceDocument doc, IReadOnlySet<string> seeds)
    {
        var names = new HashSet<string>(seeds, StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return names;
        }

        var declarations = Declarations(doc);
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var (name, body) in declarations)
            {
                if (!names.Contains(name) && JsNames.In(body).Overlaps(names))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>Each <c>const|let|var NAME = …</c> with its initializer, and each <c>function NAME(…) {…}</c> with its body.</summary>
    public static List<(string Name, string Body)> Declarations(SourceDocument doc)
    {
        var found = new List<(string, string)>();
        foreach (var m in JsCode.Matches(doc, Declaration(), "="))
        {
            var start = m.Index + m.Length;
            found.Add((m.Groups["name"].Value, doc.Content[start..StatementEnd(doc, start)]));
        }

        foreach (var m in JsCode.Matches(doc, Function(), "function"))
        {
            var open = doc.Content.IndexOf('{', m.Index + m.Length);
            if (open > 0)
            {
                found.Add((m.Groups["name"].Value, doc.Content[open..JsCode.SpanEnd(doc, open)]));
            }
        }

        return found;
    }

    /// <summary>Where the statement starting at <paramref name="from"/> ends: a ';' or line break outside brackets.</summary>
    public static int StatementEnd(SourceDocument doc, int from)
    {
        var s = doc.Content;
        for (var i = from; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '(' or '[' or '{' && JsCode.IsCode(doc, i))
            {
                i = JsCode.SpanEnd(doc, i) - 1;
            }
            else if (c is ';' or '\n' && JsCode.IsCode(doc, i) && (c == ';' || !ContinuesOnNextLine(s, i)))
            {
                return i;
            }
        }

        return s.Length;
    }

    private static bool ContinuesOnNextLine(string s, int newline)
    {
        var j = newline + 1;
        while (j < s.Length && s[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        return j < s.Length && s[j] is '.' or '?' or ':' or '|' or '&' or '+';
    }

    [GeneratedRegex(@"\b(?:const|let|var)\s+(?<name>[A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>\[\]| ]+)?=", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DeclarationCompiled();
    private static Regex Declaration() => LinearRegex.Pick(DeclarationCompiled());

    [GeneratedRegex(@"\bfunction\s*\*?\s*(?<name>[A-Za-z_$][\w$]*)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FunctionCompiled();
    private static Regex Function() => LinearRegex.Pick(FunctionCompiled());
}
