using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A package that uses an ORM (Prisma, Drizzle, Knex, Sequelize, TypeORM, MikroORM) has committed migration files,
/// that replay on an empty database (<see cref="SqlMigrationReplay"/>), and its production scripts and wired-in code
/// do not change the schema by sync or push instead.
/// </summary>
public sealed partial class JsMigrationsPresent : IProbe
{
    private static readonly string[] Orms = ["prisma", "@prisma/client", "drizzle-orm", "knex", "sequelize", "typeorm", "@mikro-orm/core"];

    private static readonly HashSet<string> ProductionScripts = new(StringComparer.Ordinal)
    {
        "start", "build", "postinstall", "prestart", "deploy", "release", "migrate:deploy", "start:prod",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var users = graph.Manifests.Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path) && Orms.Any(m.Declares)).ToList();
        if (users.Count == 0)
        {
            return [context.NotApplicable("no package.json declares an ORM (Prisma, Drizzle, Knex, Sequelize, TypeORM, MikroORM)")];
        }

        var findings = new List<Finding>();
        var migrations = context.Workspace.Files.Where(f => MigrationFile().IsMatch(f.Path) && !CodeKinds.InNonProductFolder(f.Path)).ToList();
        foreach (var manifest in users)
        {
            var orm = Orms.First(manifest.Declares);
            var own = migrations.Where(f => manifest.Directory.Length == 0 || f.Path.StartsWith(manifest.Directory + "/", StringComparison.Ordinal)).ToList();
            // A history that cannot replay is not a migration history production can use: it fails instead of passing.
            findings.Add(Replay(context, own, migrations) ?? (own.Count > 0 && context.Workspace.Read(own[0]) is { } first
                ? context.AtLine(Outcome.Pass, first, 1, $"{own.Count} migration file(s) for {orm}, first {first.Path}")
                : context.AtLine(Outcome.Fail, manifest.Document!, JsonFiles.LineOfKey(manifest.Document!.Content, orm),
                    $"{manifest.Path} uses {orm} but no migration files are committed: the production schema is made by hand or by sync")));

            foreach (var (name, command) in manifest.Scripts.Where(s => ProductionScripts.Contains(s.Key)))
            {
                if (SchemaPush().Match(command) is { Success: true } push)
                {
                    findings.Add(context.AtLine(Outcome.Fail, manifest.Document!, JsonFiles.LineOfKey(manifest.Document!.Content, name),
                        $"script '{name}' runs `{push.Value}`: it changes the production schema without a migration history"));
                }
            }
        }

        foreach (var doc in context.Documents().Where(d => graph.IsWired(d.Path)))
        {
            foreach (var m in JsCode.Matches(doc, DestructiveSync(), "sync"))
            {
                findings.Add(context.Fail(doc, m.Index, $"{m.Value.Trim()} rewrites tables at start-up instead of applying migrations"));
            }
        }

        return findings;
    }

    /// <summary>A Prisma or Drizzle SQL history that cannot run on an empty database fails at its first broken statement.</summary>
    private static Finding? Replay(ProbeContext context, List<WorkspaceFile> own, List<WorkspaceFile> migrations)
    {
        // Rollback scripts (0001_users.down.sql beside 0001_users.up.sql) are not part of the forward history.
        var sql = own.Where(f => f.Path.EndsWith(".sql", StringComparison.Ordinal) && !RollbackScript().IsMatch(f.Path)).ToList();
        foreach (var history in sql.GroupBy(f => f.Path.EndsWith("/migration.sql", StringComparison.Ordinal) ? RepoPath.DirectoryOf(RepoPath.DirectoryOf(f.Path)) : RepoPath.DirectoryOf(f.Path), StringComparer.Ordinal))
        {
            var ordered = history.OrderBy(f => f.Path, StringComparer.Ordinal).Select(context.Workspace.Read).OfType<SourceDocument>().ToList();
            var others = context.Workspace.Files.Where(f => f.Path.EndsWith(".sql", StringComparison.Ordinal) && !migrations.Contains(f)).Select(context.Workspace.Read).OfType<SourceDocument>();
            if (SqlMigrationReplay.FirstBroken(ordered, others) is { } broken)
            {
                return context.Fail(broken.Doc, broken.Offset,
                    $"the migration history does not replay on an empty database: this statement changes table {broken.Table}, which no earlier migration creates, so applying the migrations to a fresh production database fails here");
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:^|[/._-])down\.sql$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RollbackScript();

    [GeneratedRegex(@"(?:^|/)(?:prisma/migrations/[^/]+/migration\.sql|drizzle/[^/]+\.sql|migrations?/[^/]+\.(?:[cm]?[jt]s|sql))$", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex MigrationFileCompiled();
    private static Regex MigrationFile() => LinearRegex.Pick(MigrationFileCompiled());

    [GeneratedRegex(@"\b(?:prisma\s+db\s+push|drizzle-kit\s+push(?::\w+)?|typeorm\s+schema:sync)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SchemaPushCompiled();
    private static Regex SchemaPush() => LinearRegex.Pick(SchemaPushCompiled());

    [GeneratedRegex(@"\.sync\s*\(\s*\{[^}]*\b(?:alter|force)\s*:\s*true", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DestructiveSyncCompiled();
    private static Regex DestructiveSync() => LinearRegex.Pick(DestructiveSyncCompiled());
}
