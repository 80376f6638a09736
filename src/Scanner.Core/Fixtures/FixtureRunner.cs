using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Serilog;

namespace Scanner.Core.Fixtures;

/// <summary>
/// Proves probes both ways on annotated fixtures: the aggregated outcome must match the case name, every
/// <c>ruleid:</c> line must fail, no <c>ok:</c> line may, and no unannotated line may fail. Used by NUnit and by
/// <c>readyscan rules test</c> for users' own rules. A case that needs git facts lists the paths its index tracks in
/// a <c>.fixture-git-index</c> file (one per line), since a fixture folder cannot hold a repository of its own.
/// </summary>
public sealed class FixtureRunner(ProbeCatalog catalog, ILogger log)
{
    public const string GitIndexFile = ".fixture-git-index";

    private static readonly Dictionary<string, Outcome> Prefixes = new(StringComparer.Ordinal)
    {
        ["pass-"] = Outcome.Pass,
        ["fail-"] = Outcome.Fail,
        ["na-"] = Outcome.NotApplicable,
        ["inconclusive-"] = Outcome.Inconclusive,
    };

    /// <summary>Case folders under <c>root/&lt;probe-id&gt;/</c>, sorted; folders of other kinds (apps/) are left out.</summary>
    public static IReadOnlyList<FixtureCase> Discover(string root)
    {
        var cases = new List<FixtureCase>();
        foreach (var probeDir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var probeId = Path.GetFileName(probeDir);
            foreach (var caseDir in Directory.EnumerateDirectories(probeDir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(caseDir);
                var prefix = Prefixes.Keys.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
                if (prefix is not null)
                {
                    cases.Add(new FixtureCase(probeId, name, caseDir, Prefixes[prefix]));
                }
            }
        }

        return cases;
    }

    /// <summary>
    /// Run on each case's workspace before its probe, for facts a layer above the probes supplies in a real scan
    /// (the packages the case's checklist claims).
    /// </summary>
    public Action<Workspace>? Prepare { get; init; }

    public FixtureCaseResult Run(FixtureCase fixture)
    {
        var card = catalog.Find(fixture.ProbeId);
        if (card is null)
        {
            return new FixtureCaseResult(fixture, Outcome.Inconclusive, [$"no probe card with id {fixture.ProbeId}"]);
        }

        var workspace = Workspace.Open(fixture.Directory, new WorkspaceOptions { ReadGit = false, Git = DeclaredGit(fixture.Directory) }, log);
        Prepare?.Invoke(workspace);
        var result = new ScanEngine(catalog, log).RunProbe(card, workspace, CancellationToken.None);
        var problems = new List<string>();
        if (result.Outcome != fixture.Expected)
        {
            problems.Add($"expected {fixture.Expected}, got {result.Outcome}: {result.Summary}");
        }

        var failing = result.Findings
            .Where(f => f is { Outcome: Outcome.Fail, IsSuppressed: false, Location.Line: > 0 })
            .Select(f => (f.Location!.Path, f.Location.Line))
            .ToHashSet();
        var annotated = new HashSet<(string, int)>();
        foreach (var file in workspace.Files)
        {
            if (workspace.Read(file) is not { } doc)
            {
                continue;
            }

            foreach (var a in AnnotationReader.Read(doc).Where(a => a.ProbeId == fixture.ProbeId))
            {
                var fails = failing.Contains((a.Path, a.TargetLine));
                annotated.Add((a.Path, a.TargetLine));
                if (a.Kind == AnnotationKind.RuleId && !fails)
                {
                    problems.Add($"{a.Path}:{a.TargetLine}: expected a failure (ruleid at line {a.Line}), found none");
                }
                else if (a.Kind == AnnotationKind.Ok && fails)
                {
                    problems.Add($"{a.Path}:{a.TargetLine}: unexpected failure on a line marked ok");
                }
            }
        }

        foreach (var (path, line) in failing.Where(f => !annotated.Contains(f)).Order())
        {
            if (LanguageDetector.Detect(path) != Language.Json)
            {
                problems.Add($"{path}:{line}: failure on a line with no ruleid annotation");
            }
        }

        return new FixtureCaseResult(fixture, result.Outcome, problems) { Findings = result.Findings };
    }

    private static GitFacts? DeclaredGit(string directory)
    {
        var index = Path.Combine(directory, GitIndexFile);
        if (!File.Exists(index))
        {
            return null;
        }

        var tracked = (GuardedFile.ReadText(index, 1024 * 1024).Text ?? "").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        return new GitFacts(true, null, "fixture", tracked);
    }
}
