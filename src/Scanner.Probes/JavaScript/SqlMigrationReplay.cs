using System.Text.RegularExpressions;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Replays a folder of plain SQL migrations (Prisma's <c>prisma/migrations/*/migration.sql</c>, Drizzle's
/// <c>drizzle/*.sql</c>) in the order the tools apply them, keeping the tables each creates or renames. A statement
/// that alters, drops or constrains a table no earlier migration created cannot run on an empty database, so
/// <c>prisma migrate deploy</c> fails on a fresh production database: the history was cut (an initial migration
/// deleted, a baseline never committed). A table created by any other SQL file in the repository (an init script a
/// container runs first) is given the benefit of the doubt.
/// </summary>
public static partial class SqlMigrationReplay
{
    /// <summary>The first statement that touches a table nothing created before it: the file, its offset and the table; else null.</summary>
    public static (SourceDocument Doc, int Offset, string Table)? FirstBroken(IReadOnlyList<SourceDocument> ordered, IEnumerable<SourceDocument> otherSql)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var created = new HashSet<string>(StringComparer.Ordinal);
        var elsewhere = new Lazy<HashSet<string>>(() => [.. otherSql.SelectMany(d => Statement().Matches(WithoutComments(d.Content)))
            .Where(m => m.Groups["create"].Success).Select(m => Name(m.Groups["table"].Value))]);
        foreach (var doc in ordered)
        {
            foreach (Match m in Statement().Matches(WithoutComments(doc.Content)))
            {
                var table = Name(m.Groups["table"].Value);
                if (m.Groups["create"].Success)
                {
                    created.Add(table);
                }
                else if (m.Groups["tolerant"].Success)
                {
                    continue; // IF EXISTS runs whether or not the table is there.
                }
                else if (!created.Contains(table) && !elsewhere.Value.Contains(table))
                {
                    return (doc, m.Index, m.Groups["table"].Value);
                }
                else if (m.Groups["renamed"].Success)
                {
                    created.Add(Name(m.Groups["renamed"].Value));
                }
            }
        }

        return null;
    }

    /// <summary>The text with <c>-- line</c> and <c>/* block */</c> comments blanked, offsets kept.</summary>
    private static string WithoutComments(string sql)
    {
        if (!sql.Contains("--", StringComparison.Ordinal) && !sql.Contains("/*", StringComparison.Ordinal))
        {
            return sql;
        }

        var chars = sql.ToCharArray();
        for (var i = 0; i < chars.Length - 1; i++)
        {
            var end = chars[i] == '-' && chars[i + 1] == '-' ? sql.IndexOf('\n', i)
                : chars[i] == '/' && chars[i + 1] == '*' ? sql.IndexOf("*/", i + 2, StringComparison.Ordinal) is var close and >= 0 ? close + 2 : -1
                : -2;
            if (end == -2)
            {
                continue;
            }

            end = end < 0 ? chars.Length : end;
            for (var j = i; j < end; j++)
            {
                chars[j] = chars[j] == '\n' ? '\n' : ' ';
            }

            i = end - 1;
        }

        return new string(chars);
    }

    // "public"."User" and `User` and user are the same table to the replay; identifiers fold to lower case.
    private static string Name(string raw)
    {
        var last = raw[(raw.LastIndexOf('.') + 1)..];
        return last.Trim('"', '`', '[', ']').ToLowerInvariant();
    }

    // CREATE TABLE [IF NOT EXISTS] x | ALTER TABLE [ONLY] x [... RENAME TO y] | DROP TABLE x (IF EXISTS tolerates
    // absence, so it is not matched). Bounded gaps keep it linear.
    [GeneratedRegex(
        @"\b(?:(?<create>CREATE\s{1,8}(?:UNLOGGED\s{1,8})?TABLE(?:\s{1,8}IF\s{1,8}NOT\s{1,8}EXISTS)?)|(?:ALTER|DROP)\s{1,8}TABLE(?<tolerant>\s{1,8}IF\s{1,8}EXISTS)?(?:\s{1,8}ONLY)?)\s{1,8}(?<table>(?:[""`\[]?\w{1,64}[""`\]]?\.)?[""`\[]?\w{1,64}[""`\]]?)(?:\s{1,8}RENAME\s{1,8}TO\s{1,8}(?<renamed>[""`\[]?\w{1,64}[""`\]]?))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Statement();
}
