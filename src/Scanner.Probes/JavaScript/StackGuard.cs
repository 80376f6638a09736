using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// What keeps a stack trace at one place out of production: the text before it on its line and the lines that open
/// the brackets around it (<c>if (!isProduction) {</c>, <c>...(isDev &amp;&amp; {</c>, <c>stack: NODE_ENV === 'development' ?</c>).
/// A flag counts as a development check only when this module derives it from the environment; any other condition,
/// or a development check earlier in the same function (an early return), is a guard that cannot be read.
/// </summary>
public static partial class StackGuard
{
    private const int Levels = 6;
    private const int Reach = 4000;

    public static StackGuardKind Of(SourceDocument doc, int site)
    {
        var s = doc.Content;
        var openers = Openers(doc, site);
        var context = new List<string> { LineBefore(s, site) };
        context.AddRange(openers.Select(i => LineBefore(s, i) is var line && line.Contains("else", StringComparison.Ordinal) ? s[Math.Max(0, i - 400)..i] : line));
        var near = string.Join('\n', context);
        return IsDevelopmentCheck(doc, near) ? StackGuardKind.Development
            : Conditional().IsMatch(near) || IsDevelopmentCheck(doc, s[(openers.Count > 0 ? openers[^1] : site)..site]) ? StackGuardKind.Unreadable
            : StackGuardKind.None;
    }

    /// <summary>The brackets that enclose <paramref name="site"/>, innermost first, up to a few levels out.</summary>
    public static List<int> Openers(SourceDocument doc, int site)
    {
        var s = doc.Content;
        var openers = new List<int>();
        var depth = 0;
        for (var i = site - 1; i >= Math.Max(0, site - Reach) && openers.Count < Levels; i--)
        {
            var c = s[i];
            if (c is not ('(' or ')' or '[' or ']' or '{' or '}') || !JsCode.IsCode(doc, i))
            {
                continue;
            }

            if (c is ')' or ']' or '}')
            {
                depth++;
            }
            else if (depth > 0)
            {
                depth--;
            }
            else
            {
                openers.Add(i);
            }
        }

        return openers;
    }

    /// <summary>The text of the line holding <paramref name="at"/>, up to it.</summary>
    public static string LineBefore(string s, int at) => s[(s.LastIndexOf('\n', Math.Max(0, at - 1)) + 1)..at];

    private static bool IsDevelopmentCheck(SourceDocument doc, string text) =>
        EnvironmentRead().IsMatch(text) || Flag().Matches(text).Any(m => DerivedFromEnvironment(doc.Content, m.Value));

    // const isProduction = process.env.NODE_ENV === 'production' (on the line that assigns the flag).
    private static bool DerivedFromEnvironment(string s, string name)
    {
        for (var i = s.IndexOf(name, StringComparison.Ordinal); i >= 0; i = s.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            var end = s.IndexOf('\n', i);
            var rest = s.AsSpan(i + name.Length, (end < 0 ? s.Length : end) - i - name.Length).TrimStart();
            if (rest.Length > 1 && rest[0] == '=' && rest[1] != '=' && EnvironmentRead().IsMatch(rest))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"NODE_ENV|__DEV__|\.get\(\s*['""]env['""]\s*\)|['""](?:development|production)['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EnvironmentReadCompiled();
    private static Regex EnvironmentRead() => LinearRegex.Pick(EnvironmentReadCompiled());

    [GeneratedRegex(@"\b(?:is|in|IS_|IN_)(?:Dev|Development|Prod|Production|DEV|DEVELOPMENT|PROD|PRODUCTION)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Flag();

    [GeneratedRegex(@"\bif\s*\(|\s\?\s|&&|\belse\b|\bswitch\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConditionalCompiled();
    private static Regex Conditional() => LinearRegex.Pick(ConditionalCompiled());
}
