using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// An app with ORM models (SQLAlchemy, SQLModel, Django) keeps schema migrations in the repository: Alembic /
/// Flask-Migrate <c>versions/</c> or Django <c>migrations/0001_*.py</c>, not ignored by .gitignore and, in a git
/// repository, tracked. <c>create_all()</c> standing in for migrations fails.
/// </summary>
public sealed partial class PyMigrationsPresent : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        var models = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path))
            .SelectMany(d => PyCode.Matches(d, Model(), "(").Select(m => new PyHit(d, m.Index, "ORM model"))).ToList();
        if (models.Count == 0)
        {
            return [context.NotApplicable("no SQLAlchemy, SQLModel or Django models")];
        }

        var findings = new List<Finding>();
        findings.AddRange(IgnoredMigrations(context));
        var migrations = graph.Modules.Where(IsMigration).Where(p => !PyPaths.IsSetAside(p)).ToList();
        var git = context.Workspace.Git;
        if (git.IsRepository && migrations.Count > 0 && !migrations.Any(git.TrackedFiles.Contains))
        {
            findings.Add(context.AtFile(Outcome.Fail, migrations[0], $"{migrations.Count} migration file(s) exist but none is committed"));
        }

        if (migrations.Count > 0)
        {
            var first = migrations[0];
            findings.Add(context.Workspace.Read(first) is { } doc
                ? context.AtLine(Outcome.Pass, doc, 1, $"{migrations.Count} migration file(s), first {first}")
                : context.AtFile(Outcome.Pass, first, $"{migrations.Count} migration file(s)"));
            return findings;
        }

        var createAll = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path))
            .SelectMany(d => PyCode.Matches(d, CreateAll(), "create_all").Select(m => context.Fail(d, m.Index, "tables created with create_all() and no migrations: schema changes never reach an existing database"))).ToList();
        findings.AddRange(createAll);
        if (findings.Count == 0)
        {
            var model = models[0];
            findings.Add(context.Fail(model.Doc, model.Offset, "ORM models but no migrations (no alembic/migrations versions, no Django migrations/ folder)"));
        }

        return findings;
    }

    private static bool IsMigration(string path) =>
        DjangoMigration().IsMatch(path) || (path.Contains("/versions/", StringComparison.Ordinal) && !path.EndsWith("__init__.py", StringComparison.Ordinal)
            && (path.StartsWith("migrations/", StringComparison.Ordinal) || path.Contains("alembic", StringComparison.Ordinal) || path.Contains("/migrations/", StringComparison.Ordinal)));

    private static IEnumerable<Finding> IgnoredMigrations(ProbeContext context)
    {
        foreach (var file in context.Workspace.Files.Where(f => PyPaths.FileName(f.Path) == ".gitignore" && !PyPaths.IsSetAside(f.Path)))
        {
            if (context.Workspace.Read(file) is not { } doc
                || (!doc.Content.Contains("migration", StringComparison.OrdinalIgnoreCase) && !doc.Content.Contains("versions", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (Match m in IgnoreRule().Matches(doc.Content))
            {
                if (doc.Regions.KindAt(m.Index) == RegionKind.Code)
                {
                    yield return context.Fail(doc, m.Index, "migrations are ignored by .gitignore: the schema history never reaches the repository or the deploy");
                }
            }
        }
    }

    [GeneratedRegex(@"\(\s*(?:db\.Model|Base|DeclarativeBase|models\.Model)\s*\)|\btable\s*=\s*True\b|\bdeclarative_base\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ModelCompiled();
    private static Regex Model() => LinearRegex.Pick(ModelCompiled());

    [GeneratedRegex(@"\.create_all\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CreateAllCompiled();
    private static Regex CreateAll() => LinearRegex.Pick(CreateAllCompiled());

    [GeneratedRegex(@"(?:^|/)migrations/\d{4}_\w+\.py$", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DjangoMigrationCompiled();
    private static Regex DjangoMigration() => LinearRegex.Pick(DjangoMigrationCompiled());

    [GeneratedRegex(@"^[ \t]*/?(?:[\w*./-]*/)?(?:migrations|alembic|versions)(?:/[*]*)?[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex IgnoreRuleCompiled();
    private static Regex IgnoreRule() => LinearRegex.Pick(IgnoreRuleCompiled());
}
