using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// SQL written as text in a Python module: string literals holding a statement (and whether a value is pasted into
/// them by an f-string, <c>%</c>, <c>.format</c> or <c>+</c>), and the calls that run text as SQL whatever it holds:
/// SQLAlchemy <c>text("...")</c>, <c>execute("...")</c> with a statement (DDL included), Django <c>.raw(</c>,
/// <c>.extra(where=...)</c> and <c>connection.cursor()</c>.
/// </summary>
public static partial class PySqlLiterals
{
    private const int MaxLiteral = 4000;

    /// <summary>Offsets of literals that hold a statement, with <c>Built</c> true when values are pasted into the text.</summary>
    public static IEnumerable<(int Offset, bool Built)> Find(SourceDocument doc)
    {
        if (!IgnoreCaseSearch.Contains(doc.Content, "select") && !IgnoreCaseSearch.Contains(doc.Content, "insert")
            && !IgnoreCaseSearch.Contains(doc.Content, "update") && !IgnoreCaseSearch.Contains(doc.Content, "delete"))
        {
            yield break;
        }

        foreach (Match m in LiteralStart().Matches(doc.Content))
        {
            var open = m.Groups["q"].Index;
            var quote = m.Groups["q"].Value;
            if (doc.Regions.KindAt(open + quote.Length) != RegionKind.String || (m.Index > 0 && (doc.Regions.KindAt(m.Index - 1) == RegionKind.String
                || char.IsLetterOrDigit(doc.Content[m.Index - 1]) || doc.Content[m.Index - 1] is '_' or '"' or '\'')))
            {
                continue;
            }

            var end = doc.Content.IndexOf(quote, open + quote.Length, StringComparison.Ordinal);
            if (end < 0 || end - open > MaxLiteral)
            {
                continue;
            }

            var body = doc.Content.AsSpan(open + quote.Length, end - open - quote.Length);
            if (!SqlText.IsQuery(body.TrimStart()))
            {
                continue;
            }

            var formatted = m.Groups["p"].Value.Contains('f', StringComparison.OrdinalIgnoreCase) && SqlText.Interpolates(body, dollar: false);
            var applied = Applied().Match(doc.Content, end + quote.Length, Math.Min(60, doc.Content.Length - end - quote.Length));
            yield return (m.Index, formatted || (applied.Success && !SqlText.IsConstant(applied.Groups["v"].ValueSpan)));
        }
    }

    /// <summary>Offsets of calls that hand SQL text to the database (a statement literal, or Django's raw-SQL doors).</summary>
    public static IEnumerable<int> RawCalls(SourceDocument doc) =>
        PyCode.Matches(doc, RawCall(), "(").Select(m => m.Index)
            .Concat(doc.Content.Contains("django", StringComparison.Ordinal) ? PyCode.Matches(doc, DjangoRaw(), "django").Select(m => m.Index) : []);

    // A string literal (optionally f/r/b-prefixed) whose text starts with a SQL verb.
    [GeneratedRegex(@"(?<p>[fFrRbB]{0,2})(?<q>""""""|'''|""|')[ \t\r\n]{0,20}(?:SELECT|INSERT|UPDATE|DELETE)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LiteralStart();

    // What follows the closing quote: % values, .format(...), or + value (not + "literal").
    [GeneratedRegex(@"\G[ \t]{0,20}(?:%[ \t]{0,20}[\w(\[{]|\.[ \t]{0,5}format[ \t]{0,5}\(|\+[ \t]{0,20}(?<v>[\w(.]{1,60}))", RegexOptions.CultureInvariant)]
    private static partial Regex Applied();

    // text("SELECT 1"), session.execute("CREATE TABLE ..."), cursor.executemany("INSERT ..."), conn.fetch("WITH ...").
    [GeneratedRegex(@"\b(?:text|execute|executemany|executescript|exec_driver_sql|fetch|fetchrow|fetchval|raw)[ \t]{0,5}\([ \t\r\n]{0,40}[fFrRbBuU]{0,2}(?:""""""|'''|""|')[ \t\r\n]{0,20}(?i:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE|PRAGMA|MERGE|REPLACE|CALL|GRANT|VACUUM|ANALYZE|SHOW|LOCK|REFRESH)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RawCall();

    // Model.objects.raw(query), qs.extra(where=[...]), connection.cursor(), connections["x"].cursor().
    [GeneratedRegex(@"\.objects\.raw[ \t]{0,5}\(|\.extra[ \t]{0,5}\([ \t\r\n]{0,40}(?:select|where|tables)[ \t]{0,5}=|\bconnections?(?:\[[^\]\n]{1,40}\])?\.cursor[ \t]{0,5}\(", RegexOptions.CultureInvariant)]
    private static partial Regex DjangoRaw();
}
