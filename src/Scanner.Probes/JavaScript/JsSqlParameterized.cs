using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Wired-in code reaches its database through a client that binds values (Prisma, Knex, Sequelize, pg with
/// placeholders ...) and never builds SQL text from values: an untagged template <c>`SELECT ... ${id}`</c> or a
/// literal concatenated with <c>+</c>. Tagged templates (<c>sql`...`</c>, <c>$queryRaw`...`</c>) bind their values
/// and pass. A document store passes only with a query sanitiser wired in; without one it cannot be told.
/// </summary>
public sealed class JsSqlParameterized : IProbe
{
    private static readonly HashSet<string> DocumentStores = new(StringComparer.Ordinal) { "mongoose", "mongodb" };

    private static readonly HashSet<string> Sanitisers = new(StringComparer.Ordinal) { "express-mongo-sanitize", "mongo-sanitize" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var clients = Wired(graph, JsSqlClients.All, context);
        var stores = Wired(graph, DocumentStores, context);
        if (clients.Count == 0 && stores.Count == 0)
        {
            return [context.NotApplicable("no wired-in code imports a database client (Prisma, pg, Knex, Sequelize, mongoose ...)")];
        }

        var findings = new List<Finding>();
        var code = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        foreach (var doc in code)
        {
            findings.AddRange(JsSqlLiterals.Find(doc).Where(l => l.Built).Select(l => l.Offset).Select(at => context.Fail(doc, at, "SQL text built from values (template interpolation or +): a quote in the value rewrites the query; bind it as a parameter")));
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
}
