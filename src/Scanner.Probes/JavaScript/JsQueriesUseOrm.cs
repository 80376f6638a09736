using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Every query of the app goes through its ORM or query builder: no SQL statement written as a string or template,
/// no Prisma <c>$queryRaw</c> / <c>$executeRaw</c> (Unsafe or not), no <c>sequelize.query(</c>, no
/// <c>.query(</c> / <c>.raw(</c> given a statement, in wired-in production modules (tests, migrations, seeds and
/// scripts are not production). Bound or not: whether pasted values make it injectable is js-sql-parameterized's
/// question.
/// </summary>
public sealed class JsQueriesUseOrm : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var code = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path) && !CodeKinds.IsTooling(d.Path)).ToList();
        var production = code.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        RawSql.Layer? First(IReadOnlySet<string> packages) => JsPackages.Imports(graph, packages).Where(p => production.Contains(p.Doc.Path))
            .Select(p => new RawSql.Layer(p.Doc, p.Import.Offset, JsImports.PackageOf(p.Import.Specifier))).FirstOrDefault();

        var orm = First(JsSqlClients.Orms);
        var driver = First(JsSqlClients.Drivers);
        if (orm is null && driver is null)
        {
            return [context.NotApplicable("no wired-in production code imports a SQL client (Prisma, Knex, Sequelize, TypeORM, Drizzle, pg, mysql2 ...)")];
        }

        var sites = code.SelectMany(d => JsSqlLiterals.Find(d).Select(l => l.Offset).Concat(JsSqlLiterals.RawCalls(d)).Select(at => (d, at))).ToList();
        return RawSql.Judge(context, sites, orm, driver, code.Count);
    }
}
