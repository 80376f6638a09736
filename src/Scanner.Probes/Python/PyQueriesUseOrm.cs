using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Every query of the app goes through its ORM: no SQL statement written as text, no SQLAlchemy <c>text()</c>,
/// <c>execute("...")</c> or Django <c>.raw()</c> / <c>.extra()</c> / <c>connection.cursor()</c> in production
/// modules the app reaches (tests, scripts, migrations and alembic versions are not production). Bound or not:
/// whether pasted values make it injectable is py-sql-parameterized's question.
/// </summary>
public sealed class PyQueriesUseOrm : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.Frameworks.Overlaps(PyDatabases.All))
        {
            return [context.NotApplicable("no app module imports a database layer (SQLAlchemy, Django ORM, psycopg, sqlite3 ...)")];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)).ToList();
        var sites = docs.SelectMany(d => PySqlLiterals.Find(d).Select(l => l.Offset).Concat(PySqlLiterals.RawCalls(d)).Select(at => (d, at))).ToList();
        return RawSql.Judge(context, sites, First(graph, docs, PyDatabases.Orms), First(graph, docs, PyDatabases.Drivers), docs.Count) is { Count: > 0 } found ? found
            : [context.NotApplicable("no production module the app reaches imports a database layer")];
    }

    private static RawSql.Layer? First(PyGraph graph, List<SourceDocument> docs, IReadOnlySet<string> names) =>
        docs.SelectMany(d => graph.ImportsOf(d.Path).Where(i => names.Contains(i.TopLevel)).Select(i => new RawSql.Layer(d, i.Offset, i.TopLevel))).FirstOrDefault();
}
