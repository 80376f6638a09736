using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Code-only questions about a JS/TS file, answered through its region map: matches that start in code, the end
/// of a bracketed span (brackets inside strings, comments, regexes and JSX text do not count), and the top-level
/// arguments of a call.
/// </summary>
public static class JsCode
{
    /// <summary>Matches of <paramref name="pattern"/> that start in code, after a cheap keyword gate.</summary>
    public static List<Match> Matches(SourceDocument doc, Regex pattern, string keyword)
    {
        var found = new List<Match>();
        if (!doc.Content.Contains(keyword, StringComparison.Ordinal))
        {
            return found;
        }

        foreach (Match m in pattern.Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) == RegionKind.Code)
            {
                found.Add(m);
            }
        }

        return found;
    }

    /// <summary>Matches that start inside a string literal (not a comment), after a case-insensitive keyword gate.</summary>
    public static List<Match> LiteralMatches(SourceDocument doc, Regex pattern, string keyword)
    {
        var found = new List<Match>();
        if (!IgnoreCaseSearch.Contains(doc.Content, keyword))
        {
            return found;
        }

        foreach (Match m in pattern.Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) == RegionKind.String)
            {
                found.Add(m);
            }
        }

        return found;
    }

    /// <summary>
    /// False when the name at <paramref name="at"/> with '(' at <paramref name="open"/> declares a function
    /// (<c>function name(</c>, or a method <c>name(...) {</c>) instead of calling it.
    /// </summary>
    public static bool IsCall(SourceDocument doc, int at, int open)
    {
        var before = doc.Content.AsSpan(0, at).TrimEnd();
        if (before.EndsWith("function") || before.EndsWith("function*"))
        {
            return false;
        }

        var after = doc.Content.AsSpan(Math.Min(SpanEnd(doc, open), doc.Content.Length)).TrimStart();
        return !after.StartsWith("{");
    }

    /// <summary>
    /// A module the browser runs (a JSX/TSX component or a "use client" module): it renders forms and hides buttons,
    /// it neither stores passwords nor enforces who may do what.
    /// </summary>
    public static bool IsBrowserCode(SourceDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Path.EndsWith(".jsx", StringComparison.Ordinal) || doc.Path.EndsWith(".tsx", StringComparison.Ordinal) ||
               doc.Content.Contains("'use client'", StringComparison.Ordinal) || doc.Content.Contains("\"use client\"", StringComparison.Ordinal);
    }

    public static bool IsCode(SourceDocument doc, int offset) => doc.Regions.KindAt(offset) == RegionKind.Code;

    /// <summary>The offset just past the bracket that closes the one at <paramref name="open"/>; the file end when it never closes.</summary>
    public static int SpanEnd(SourceDocument doc, int open)
    {
        var s = doc.Content;
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            var c = s[i];
            if (c is not ('(' or ')' or '[' or ']' or '{' or '}') || !IsCode(doc, i) || OpensTemplateHole(doc, i))
            {
                continue;
            }

            depth += c is '(' or '[' or '{' ? 1 : -1;
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return s.Length;
    }

    // A template's ${ opens in code while its closing } is lexed as part of the template text: neither counts.
    private static bool OpensTemplateHole(SourceDocument doc, int i) =>
        doc.Content[i] == '{' && i > 1 && doc.Content[i - 1] == '$' && doc.Regions.KindAt(i - 2) == RegionKind.String;

    /// <summary>The text between the call's parentheses, or "" when <paramref name="open"/> is not a '('.</summary>
    public static string ArgumentText(SourceDocument doc, int open)
    {
        if (open >= doc.Content.Length || doc.Content[open] != '(')
        {
            return "";
        }

        var end = SpanEnd(doc, open);
        return doc.Content[(open + 1)..Math.Max(open + 1, end - 1)];
    }

    /// <summary>Offsets (start, end) of the top-level comma-separated arguments of the call whose '(' is at <paramref name="open"/>.</summary>
    public static List<(int Start, int End)> Arguments(SourceDocument doc, int open)
    {
        var args = new List<(int, int)>();
        if (open >= doc.Content.Length || doc.Content[open] != '(')
        {
            return args;
        }

        var end = SpanEnd(doc, open) - 1;
        var start = open + 1;
        for (var i = open + 1; i < end; i++)
        {
            var c = doc.Content[i];
            if (c is '(' or '[' or '{' && IsCode(doc, i) && !OpensTemplateHole(doc, i))
            {
                i = SpanEnd(doc, i) - 1;
            }
            else if (c == ',' && IsCode(doc, i))
            {
                args.Add((start, i));
                start = i + 1;
            }
        }

        if (doc.Content.AsSpan(start, Math.Max(0, end - start)).Trim().Length > 0)
        {
            args.Add((start, end));
        }

        return args;
    }

    /// <summary>The value of a plain string literal argument ('x', "x" or `x` without ${}), or null.</summary>
    public static string? StringValue(string argument)
    {
        var t = argument.Trim();
        if (t.Length >= 2 && t[0] is '\'' or '"' or '`' && t[^1] == t[0] && !t.Contains("${", StringComparison.Ordinal))
        {
            return t[1..^1];
        }

        return null;
    }
}
