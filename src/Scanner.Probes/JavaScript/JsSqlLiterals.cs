using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// SQL written as text in a JS/TS module: string and template literals holding a statement (and whether a value is
/// pasted in by an untagged <c>${...}</c> or <c>+</c>), and the calls that run text as SQL whatever it holds:
/// Prisma's <c>$queryRaw</c> / <c>$executeRaw</c> (and their Unsafe twins), <c>sequelize.query(</c>, and
/// <c>.query(</c> / <c>.raw(</c> / <c>.execute(</c> given a statement (DDL included).
/// </summary>
public static partial class JsSqlLiterals
{
    private static readonly string[] SqlVerbs = ["select", "insert", "update", "delete"];

    private const int MaxLiteral = 4000;

    /// <summary>Offsets (at the opening quote) of literals that hold a statement, with <c>Built</c> true when values are pasted in.</summary>
    public static IEnumerable<(int Offset, bool Built)> Find(SourceDocument doc)
    {
        if (!SqlVerbs.Any(v => IgnoreCaseSearch.Contains(doc.Content, v)))
        {
            yield break;
        }

        foreach (Match m in SqlStart().Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) != RegionKind.String)
            {
                continue;
            }

            var quote = m.Index - 1;
            while (quote >= 0 && char.IsWhiteSpace(doc.Content[quote]))
            {
                quote--;
            }

            if (quote < 0 || doc.Content[quote] is not ('`' or '"' or '\''))
            {
                continue;
            }

            var end = doc.Content.IndexOf(doc.Content[quote], m.Index);
            if (end < 0 || end - m.Index > MaxLiteral || !SqlText.IsQuery(doc.Content.AsSpan(m.Index, end - m.Index)))
            {
                continue;
            }

            var body = doc.Content[m.Index..end];
            var interpolated = doc.Content[quote] == '`' && !Tagged(doc.Content, quote) && SqlText.Interpolates(body, dollar: true);
            var next = Concatenation().Match(doc.Content, end + 1, Math.Min(60, doc.Content.Length - end - 1));
            yield return (quote, interpolated || (next.Success && !SqlText.IsConstant(next.Groups["v"].ValueSpan)));
        }
    }

    /// <summary>Offsets of calls that hand SQL text to the database.</summary>
    public static IEnumerable<int> RawCalls(SourceDocument doc) => JsCode.Matches(doc, RawCall(), "(").Select(m => m.Index);

    /// <summary>A template right after a name or a call (<c>sql`</c>, <c>Prisma.sql`</c>, <c>$queryRaw`</c>) is a tag that binds its values.</summary>
    private static bool Tagged(string text, int backtick)
    {
        var i = backtick - 1;
        return i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$' or ')');
    }

    [GeneratedRegex(@"\b(?:SELECT|INSERT|UPDATE|DELETE)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SqlStart();

    // + value right after the closing quote (not + "literal").
    [GeneratedRegex(@"\G[ \t\r\n]{0,20}\+[ \t\r\n]{0,20}(?<v>[\w$(.]{1,60})", RegexOptions.CultureInvariant)]
    private static partial Regex Concatenation();

    // prisma.$queryRawUnsafe(q), $executeRaw`...`, sequelize.query(q), db.query('CREATE TABLE ...'), knex.raw(`SELECT ...`).
    [GeneratedRegex(@"\$(?:query|execute)Raw(?:Unsafe)?\b|\bsequelize\.query[ \t]{0,5}\(|\.(?:query|raw|execute|exec|run|all|get|prepare)[ \t]{0,5}\([ \t\r\n]{0,40}[`'""][ \t\r\n]{0,20}(?i:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE|PRAGMA|MERGE|REPLACE|CALL|GRANT|VACUUM|ANALYZE|SHOW|LOCK|REFRESH)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RawCall();
}
