using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Wired-in code reaches its database through a client that binds values (Prisma, Knex, Sequelize, pg with
/// placeholders ...) and never builds SQL text from values: an untagged template <c>`SELECT ... ${id}`</c> or a
/// literal concatenated with <c>+</c>. Tagged templates (<c>sql`...`</c>, <c>$queryRaw`...`</c>) bind their values
/// and pass. A document store passes only with a query sanitiser wired in; without one it cannot be told.
/// </summary>
public sealed partial class JsSqlParameterized : IProbe
{
    private static readonly HashSet<string> SqlClients = new(StringComparer.Ordinal)
    {
        "@prisma/client", "pg", "mysql", "mysql2", "sqlite3", "better-sqlite3", "knex", "sequelize", "typeorm", "postgres",
        "drizzle-orm", "kysely", "mssql", "@neondatabase/serverless", "@vercel/postgres", "@planetscale/database", "@libsql/client",
        "mikro-orm", "@mikro-orm/core", "objection", "slonik", "pg-promise",
    };

    private static readonly string[] SqlVerbs = ["select", "insert", "update", "delete"];

    private const int MaxLiteral = 4000;

    private static readonly HashSet<string> DocumentStores = new(StringComparer.Ordinal) { "mongoose", "mongodb" };

    private static readonly HashSet<string> Sanitisers = new(StringComparer.Ordinal) { "express-mongo-sanitize", "mongo-sanitize" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var clients = Wired(graph, SqlClients, context);
        var stores = Wired(graph, DocumentStores, context);
        if (clients.Count == 0 && stores.Count == 0)
        {
            return [context.NotApplicable("no wired-in code imports a database client (Prisma, pg, Knex, Sequelize, mongoose ...)")];
        }

        var findings = new List<Finding>();
        var code = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        foreach (var doc in code)
        {
            findings.AddRange(Built(doc).Select(at => context.Fail(doc, at, "SQL text built from values (template interpolation or +): a quote in the value rewrites the query; bind it as a parameter")));
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        if (clients.Count > 0)
        {
            var first = clients[0];
            return [context.Pass(first.Doc, first.Import.Offset, $"queries go through {JsImports.PackageOf(first.Import.Specifier)} with bound values; no SQL text built from values in {code.Count} wired-in module(s)")];
        }

        var sanitiser = Wired(graph, Sanitisers, context);
        return sanitiser.Count > 0
            ? [context.Pass(sanitiser[0].Doc, sanitiser[0].Import.Offset, $"{JsImports.PackageOf(sanitiser[0].Import.Specifier)} wired in: query operators ($gt, $where) are stripped from request input before it reaches {JsImports.PackageOf(stores[0].Import.Specifier)}")]
            : [context.Inconclusive($"{JsImports.PackageOf(stores[0].Import.Specifier)} is used without a query sanitiser; whether request objects reach queries unchecked cannot be told statically")];
    }

    private static List<PackageImport> Wired(ModuleGraph graph, IReadOnlySet<string> packages, ProbeContext context) =>
        [.. JsPackages.Imports(graph, packages).Where(p => graph.IsWired(p.Doc.Path) && context.Card.Files.Matches(p.Doc.Path) && !CodeKinds.IsTest(p.Doc.Path))];

    /// <summary>Offsets of SQL literals that take values by interpolation or concatenation.</summary>
    private static IEnumerable<int> Built(SourceDocument doc)
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
            var concatenated = next.Success && !SqlText.IsConstant(next.Groups["v"].ValueSpan);
            if (interpolated || concatenated)
            {
                yield return quote;
            }
        }
    }

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
}
