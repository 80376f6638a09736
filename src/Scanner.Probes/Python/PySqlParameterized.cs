using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// The app reaches its database through an ORM or a driver with bound parameters, and no code that runs builds
/// SQL text from values: an f-string <c>f"SELECT ... {uid}"</c>, <c>"... %s" % uid</c>, <c>"...".format(uid)</c>
/// or <c>"..." + uid</c>. Placeholders passed beside the text (<c>execute("... %s", (uid,))</c>,
/// <c>text("... :uid")</c>) pass.
/// </summary>
public sealed partial class PySqlParameterized : IProbe
{
    private static readonly HashSet<string> DatabaseLayers = new(StringComparer.Ordinal)
    {
        "sqlalchemy", "flask_sqlalchemy", "sqlmodel", "django", "peewee", "tortoise", "pony", "psycopg2", "psycopg", "asyncpg",
        "pymysql", "MySQLdb", "mysql", "sqlite3", "aiosqlite", "databases", "records", "pyodbc", "cx_Oracle", "oracledb",
    };

    private const int MaxLiteral = 4000;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        var layers = graph.Frameworks.Where(DatabaseLayers.Contains).Order(StringComparer.Ordinal).ToList();
        if (layers.Count == 0)
        {
            return [context.NotApplicable("no app module imports a database layer (SQLAlchemy, Django ORM, psycopg, sqlite3 ...)")];
        }

        var findings = new List<Finding>();
        var searched = new List<string>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)))
        {
            searched.Add(doc.Path);
            findings.AddRange(Built(doc).Select(at => context.Fail(doc, at, "SQL text built from values (f-string, %, .format or +): a quote in the value rewrites the query; pass it as a bound parameter")));
        }

        return findings.Count > 0 ? findings
            : [context.Searched(searched, $"queries go through {string.Join(", ", layers)} with bound values; no SQL text built from values in {searched.Count} app module(s)")];
    }

    private static IEnumerable<int> Built(SourceDocument doc)
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
            if (formatted || (applied.Success && !SqlText.IsConstant(applied.Groups["v"].ValueSpan)))
            {
                yield return m.Index;
            }
        }
    }

    // A string literal (optionally f/r/b-prefixed) whose text starts with a SQL verb.
    [GeneratedRegex(@"(?<p>[fFrRbB]{0,2})(?<q>""""""|'''|""|')[ \t\r\n]{0,20}(?:SELECT|INSERT|UPDATE|DELETE)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LiteralStart();

    // What follows the closing quote: % values, .format(...), or + value (not + "literal").
    [GeneratedRegex(@"\G[ \t]{0,20}(?:%[ \t]{0,20}[\w(\[{]|\.[ \t]{0,5}format[ \t]{0,5}\(|\+[ \t]{0,20}(?<v>[\w(.]{1,60}))", RegexOptions.CultureInvariant)]
    private static partial Regex Applied();
}
