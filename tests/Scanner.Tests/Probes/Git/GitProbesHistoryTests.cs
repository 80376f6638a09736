using Scanner.Core.Engine;
using Scanner.Core.Git;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.Git;

/// <summary>The git-aware probes on real repositories built with LibGit2Sharp.</summary>
public sealed class GitProbesHistoryTests
{
    private const string Secret = "ghp_ReadyScanFakeHistoryTokenNotReal9Q8w";

    [Test]
    public void Run_WithHistory_FailsForSecretAndEnvFileCommittedThenRemoved()
    {
        using var repo = new GitRepo();
        var added = repo.Commit("add ci", ("ci/publish.sh", $"export GH_TOKEN={Secret}\n"), (".env", "API_URL=https://api.readyscan.invalid\n"));
        repo.Commit("clean up", ("ci/publish.sh", "export GH_TOKEN=\"$GH_TOKEN\"\n"), (".env", null), (".gitignore", ".env\n"));

        var result = Scans.Run(repo.Root, new WorkspaceOptions { History = new HistoryOptions() }, new ScanOptions());

        var secrets = Scans.Probe(result, "secrets-none-hardcoded");
        var fail = secrets.Findings.Single(f => f.Outcome == Outcome.Fail);
        Assert.That(secrets.Outcome, Is.EqualTo(Outcome.Fail));
        Assert.That(fail.Location, Is.EqualTo(new SourceLocation("ci/publish.sh", 1, 17)));
        Assert.That(fail.Message, Does.Contain(added[..10]).And.Contain("2024-05-01").And.Contain("removed later").And.Not.Contain(Secret));
        Assert.That(fail.Evidence, Does.Not.Contain(Secret));
        var files = Scans.Probe(result, "git-secret-files-untracked");
        Assert.That(files.Outcome, Is.EqualTo(Outcome.Fail));
        Assert.That(files.Findings.Single(f => f.Outcome == Outcome.Fail).Message, Does.StartWith("env file committed in " + added[..10] + " (2024-05-01) and removed later"));
    }

    [Test]
    public void Run_WithoutHistory_LooksOnlyAtTheWorkingTree()
    {
        using var repo = new GitRepo();
        repo.Commit("add", ("ci/publish.sh", $"export GH_TOKEN={Secret}\n"));
        repo.Commit("remove", ("ci/publish.sh", "export GH_TOKEN=\"$GH_TOKEN\"\n"));

        var result = Scans.Run(repo.Root, new WorkspaceOptions(), new ScanOptions { Only = new HashSet<string> { "secrets-none-hardcoded" } });

        Assert.That(Scans.Probe(result, "secrets-none-hardcoded").Outcome, Is.EqualTo(Outcome.Pass));
    }

    [Test]
    public void Run_EnvTrackedThoughIgnored_FailsNamingTheIgnoreRule()
    {
        using var repo = new GitRepo();
        repo.Commit("config", (".env", $"GH_TOKEN={Secret}\n"));
        repo.Commit("ignore it", (".gitignore", "node_modules/\n.env\n"));

        var result = Scans.Run(repo.Root, new WorkspaceOptions(), new ScanOptions());

        var files = Scans.Probe(result, "git-secret-files-untracked");
        Assert.That(files.Findings.Single().Message, Does.StartWith("env file is tracked by git although .gitignore:2 (.env) ignores it"));
        var secrets = Scans.Probe(result, "secrets-none-hardcoded");
        Assert.That(secrets.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.Location!.Path), Is.EqualTo(new[] { ".env" }),
            "a tracked file is part of the repository even when .gitignore lists it");
        Assert.That(Scans.Probe(result, "git-env-ignored").Outcome, Is.EqualTo(Outcome.Pass));
    }

    [Test]
    public void Run_NothingSensitiveTracked_PassesWithTheCount()
    {
        using var repo = new GitRepo();
        repo.Commit("app", ("src/app.js", "module.exports = {};\n"), (".gitignore", ".env\n"), (".env.example", "API_URL=\n"));

        var result = Scans.Run(repo.Root, new WorkspaceOptions(), new ScanOptions { Only = new HashSet<string> { "git-secret-files-untracked" } });

        var probe = Scans.Probe(result, "git-secret-files-untracked");
        Assert.That(probe.Outcome, Is.EqualTo(Outcome.Pass));
        Assert.That(probe.Findings.Single().Message, Is.EqualTo("no .env, key or credential file among 3 tracked file(s)"));
    }
}
