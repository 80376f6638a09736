using Scanner.Core.Git;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Git;

public sealed class GitHistoryScannerTests
{
    private const string Secret = "sk_live_ReadyScanFakeHistoryNotReal77";

    [Test]
    public void Scan_WithProgress_TellsEachCommitOfTheTotal()
    {
        using var repo = new GitRepo();
        repo.Commit("one", ("a.txt", "1\n"));
        repo.Commit("two", ("a.txt", "2\n"));
        repo.Commit("three", ("a.txt", "3\n"));
        var told = new List<(int, int)>();

        GitHistoryScanner.Scan(repo.Root, new HistoryOptions { Progress = (done, total) => told.Add((done, total)) }, 1 << 20, Scans.Silent);

        Assert.That(told, Is.EqualTo(new[] { (1, 3), (2, 3), (3, 3) }));
    }

    [Test]
    public void Scan_SecretAddedThenDeleted_ReportsTheCommitThatAddedIt()
    {
        using var repo = new GitRepo();
        var added = repo.Commit("add billing", ("src/billing.js", $"const key = '{Secret}';\n"), (".env", "LOG_LEVEL=debug\n"));
        repo.Commit("remove the key", ("src/billing.js", "const key = process.env.STRIPE_KEY;\n"), (".env", null));

        var scan = GitHistoryScanner.Scan(repo.Root, new HistoryOptions(), 1 << 20, Scans.Silent);

        Assert.That(scan.Error, Is.Null);
        Assert.That(scan.Commits, Is.EqualTo(2));
        var secret = scan.Secrets.Single();
        Assert.That(secret.Commit.Sha, Is.EqualTo(added));
        Assert.That(secret.Commit.Day, Is.EqualTo("2024-05-01"));
        Assert.That(secret.Document.Path, Is.EqualTo("src/billing.js"));
        Assert.That(secret.InHead, Is.False);
        var file = scan.Files.Single();
        Assert.That((file.Path, file.Kind, file.InHead, file.Commit.Sha), Is.EqualTo((".env", "env file", false, added)));
    }

    [Test]
    public void Scan_FileEditedAfterTheSecret_ReportsTheSecretOnceAtItsCommit()
    {
        using var repo = new GitRepo();
        var added = repo.Commit("add", ("config.js", $"const key = '{Secret}';\n"));
        repo.Commit("edit", ("config.js", $"const key = '{Secret}';\nconst retries = 3;\n"));
        repo.Commit("edit again", ("config.js", $"// billing\nconst key = '{Secret}';\nconst retries = 5;\n"));

        var scan = GitHistoryScanner.Scan(repo.Root, new HistoryOptions(), 1 << 20, Scans.Silent);

        Assert.That(scan.Secrets.Select(s => s.Commit.Sha), Is.EqualTo(new[] { added }));
        Assert.That(scan.Secrets[0].InHead, Is.True);
    }

    [Test]
    public void Scan_Since_LeavesOutCommitsReachableFromIt()
    {
        using var repo = new GitRepo();
        var first = repo.Commit("add", ("config.js", $"const key = '{Secret}';\n"));
        repo.Commit("remove", ("config.js", "const key = process.env.KEY;\n"));

        var scan = GitHistoryScanner.Scan(repo.Root, new HistoryOptions(first), 1 << 20, Scans.Silent);

        Assert.That(scan.Commits, Is.EqualTo(1));
        Assert.That(scan.Secrets, Is.Empty);
        Assert.That(GitHistoryScanner.Resolves(repo.Root, first[..8]), Is.True);
        Assert.That(GitHistoryScanner.Resolves(repo.Root, "no-such-branch"), Is.False);
    }

    [Test]
    public void Scan_UnknownSince_SaysSoInsteadOfThrowing()
    {
        using var repo = new GitRepo();
        repo.Commit("one", ("a.txt", "a\n"));

        var scan = GitHistoryScanner.Scan(repo.Root, new HistoryOptions("v9.9.9"), 1 << 20, Scans.Silent);

        Assert.That(scan.Error, Does.Contain("v9.9.9"));
    }
}
