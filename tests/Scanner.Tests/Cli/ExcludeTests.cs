using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

public sealed class ExcludeTests
{
    [Test]
    public void Scan_ExcludedFolderAndGlob_NeitherIsWalkedNorReported()
    {
        using var tree = new TempTree();
        tree.Write("src/app.js", "export const ok = 1;\n");
        tree.Write("vendor/lib.js", "console.log('vendored');\n");
        tree.Write("src/bundle.min.js", "console.log('minified');\n");
        tree.Write("src/debug.js", "console.log('kept');\n");

        var result = Support.Cli.Run("scan", tree.Root, "--exclude", "vendor/", "--exclude", "*.min.js", "--only", "js-no-console-log",
            "--format", "json", "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Does.Contain("src/debug.js"));
        Assert.That(result.Stdout, Does.Not.Contain("vendor/lib.js").And.Not.Contain("bundle.min.js"));
        Assert.That(result.Stdout, Does.Contain("\"filesScanned\": 2"));
    }

    [Test]
    public void Scan_TrackedSecretFileUnderExcludedFolder_IsNotJudged()
    {
        using var repo = new GitRepo();
        repo.Commit("plant", ("fixtures/bad/.env", "API_TOKEN=placeholder\n"), ("src/app.js", "export const ok = 1;\n"));

        var excluded = Support.Cli.Run("scan", repo.Root, "--exclude", "fixtures/", "--only", "git-secret-files-untracked", "--fail-on", "fail");
        var included = Support.Cli.Run("scan", repo.Root, "--only", "git-secret-files-untracked", "--fail-on", "fail");

        Assert.That(excluded.ExitCode, Is.EqualTo(0), excluded.Stdout);
        Assert.That(included.ExitCode, Is.EqualTo(1), "without --exclude the tracked .env fails the probe");
        Assert.That(included.Stdout, Does.Contain("fixtures/bad/.env"));
    }
}
