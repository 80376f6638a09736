using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Next.js data caching in one file: <c>'use cache'</c> directives (also <c>'use cache: remote'</c>) standing as a
/// statement of their own, and <c>fetch</c> options that cache the response (<c>next: { revalidate }</c>,
/// <c>cache: 'force-cache'</c>).
/// </summary>
public static partial class NextDataCache
{
    /// <summary>Offsets of the directives' opening quotes; the same text passed as an argument or assigned is not one.</summary>
    public static List<int> Directives(SourceDocument doc) =>
    [
        .. JsCode.LiteralMatches(doc, Directive(), "use cache")
            .Where(m => StandsAlone(doc.Content, m.Index, m.Index + m.Length))
            .Select(m => m.Index),
    ];

    /// <summary><c>next: { revalidate: N }</c> in fetch options; the group <c>value</c> holds N.</summary>
    public static List<Match> FetchRevalidates(SourceDocument doc) => JsCode.Matches(doc, FetchRevalidate(), "revalidate");

    /// <summary>Where the file keeps data in Next's cache: a directive, a fetch revalidated after a time (not 0), or force-cache.</summary>
    public static IEnumerable<(int Offset, string What)> Uses(SourceDocument doc) =>
        Directives(doc).Select(at => (at, "'use cache'"))
            .Concat(FetchRevalidates(doc).Where(m => m.Groups["value"].Value != "0").Select(m => (m.Index, "fetch with next.revalidate")))
            .Concat(JsCode.Matches(doc, ForceCache(), "force-cache").Select(m => (m.Index, "fetch with cache: 'force-cache'")));

    private static bool StandsAlone(string s, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && s[before] is ' ' or '\t')
        {
            before--;
        }

        var after = end;
        while (after < s.Length && s[after] is ' ' or '\t')
        {
            after++;
        }

        return (before < 0 || s[before] is '\n' or '\r' or '{' or ';') && (after >= s.Length || s[after] is ';' or '\n' or '\r' or '}');
    }

    [GeneratedRegex(@"['""]use cache(?::\s*[a-z]+)?['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DirectiveCompiled();
    private static Regex Directive() => LinearRegex.Pick(DirectiveCompiled());

    [GeneratedRegex(@"\bnext\s*:\s*\{[^{}]*\brevalidate\s*:\s*(?<value>[\w.$]+)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FetchRevalidateCompiled();
    private static Regex FetchRevalidate() => LinearRegex.Pick(FetchRevalidateCompiled());

    [GeneratedRegex(@"\bcache\s*:\s*['""]force-cache['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ForceCacheCompiled();
    private static Regex ForceCache() => LinearRegex.Pick(ForceCacheCompiled());
}
