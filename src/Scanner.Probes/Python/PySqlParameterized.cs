using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Python;

/// <summary>
/// The app reaches its database through an ORM or a driver with bound parameters, and no code that runs builds
/// SQL text from values: an f-string <c>f"SELECT ... {uid}"</c>, <c>"... %s" % uid</c>, <c>"...".format(uid)</c>
/// or <c>"..." + uid</c>. Placeholders passed beside the text (<c>execute("... %s", (uid,))</c>,
/// <c>text("... :uid")</c>) pass.
/// </summary>
public sealed class PySqlParameterized : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        var layers = graph.Frameworks.Where(PyDatabases.All.Contains).Order(StringComparer.Ordinal).ToList();
        if (layers.Count == 0)
        {
            return [context.NotApplicable("no app module imports a database layer (SQLAlchemy, Django ORM, psycopg, sqlite3 ...)")];
        }

        var findings = new List<Finding>();
        var searched = new List<string>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)))
        {
            searched.Add(doc.Path);
            findings.AddRange(PySqlLiterals.Find(doc).Where(l => l.Built).Select(l => l.Offset).Select(at => context.Fail(doc, at, "SQL text built from values (f-string, %, .format or +): a quote in the value rewrites the query; pass it as a bound parameter")));
        }

        return findings.Count > 0 ? findings
            : [context.Searched(searched, $"queries go through {string.Join(", ", layers)} with bound values; no SQL text built from values in {searched.Count} app module(s)")];
    }
}
