using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A server's wired-in code reaches PostgreSQL or MySQL through a pool (<c>new pg.Pool</c>, <c>mysql2.createPool</c>),
/// not a single connection (<c>new pg.Client</c>, <c>createConnection</c>). ORMs and MongoClient pool on their own.
/// </summary>
public sealed partial class JsDbConnectionsPooled : IProbe
{
    private static readonly HashSet<string> Drivers = new(StringComparer.Ordinal) { "pg", "mysql", "mysql2", "mysql2/promise", "postgres" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var import in JsPackages.Imports(graph, Drivers).DistinctBy(i => i.Doc.Path).Where(i => graph.IsWired(i.Doc.Path)))
        {
            var doc = import.Doc;
            foreach (var m in JsCode.Matches(doc, Connection(), "("))
            {
                var kind = m.Groups["kind"].Value;
                findings.Add(kind is "Client" or "createConnection"
                    ? context.Fail(doc, m.Index, $"a single database connection ({m.Value.TrimEnd('(').Trim()}): every request waits on it, and one broken socket stops the app; use a pool")
                    : context.Pass(doc, m.Index, $"database connections pooled ({m.Value.TrimEnd('(').Trim()}); wired in: {graph.Explain(doc.Path)}"));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no PostgreSQL or MySQL driver (pg, mysql2, postgres) is used in wired-in code; ORMs and MongoClient pool on their own")];
    }

    [GeneratedRegex(@"\bnew\s+(?:[A-Za-z_$][\w$]*\s*\.\s*)?(?<kind>Pool|Client)\s*\(|\b(?:[A-Za-z_$][\w$]*\s*\.\s*)?(?<kind>createPool|createPoolCluster|createConnection)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConnectionCompiled();
    private static Regex Connection() => LinearRegex.Pick(ConnectionCompiled());
}
