using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>
/// A scan only reads: every path of the target (content, size, mtime, mode, and the set of paths itself) is the
/// same afterwards, whatever reports it writes elsewhere; --annotate adds its own copy and nothing more.
/// </summary>
public sealed class ReadOnlyTests
{
    private static readonly string[] Formats = ["console", "json", "sarif", "markdown", "html", "junit"];

    [TestCase("express-api")]
    [TestCase("flask-app")]
    [CancelAfter(60_000)]
    public void Scan_EveryFormatToFilesOutsideTheTree_ChangesNothingInIt(string app, CancellationToken cancellation)
    {
        using var target = CopyOf(app);
        using var outside = new TempTree();
        var before = TreeSnapshot.Take(target.Root);

        var outputs = Formats.SelectMany(f => new[] { "--format", $"{f}={Path.Combine(outside.Root, "report." + f)}" });
        var result = Support.Cli.RunGuarded(cancellation, ["scan", target.Root, "--history", .. outputs]);

        Assert.That(result.ExitCode, Is.EqualTo(0).Or.EqualTo(1), result.Stderr);
        Assert.That(Directory.GetFiles(outside.Root).Select(Path.GetFileName), Is.EquivalentTo(Formats.Select(f => "report." + f)));
        Assert.That(TreeSnapshot.Changed(before, TreeSnapshot.Take(target.Root)), Is.Empty);
    }

    [TestCase("express-api")]
    [TestCase("flask-app")]
    [CancelAfter(60_000)]
    public void Scan_Annotate_AddsOnlyTheAnnotatedCopy(string app, CancellationToken cancellation)
    {
        using var target = CopyOf(app);
        var before = TreeSnapshot.Take(target.Root);

        var result = Support.Cli.RunGuarded(cancellation, "scan", target.Root, "--annotate", "--fix-checkboxes", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0).Or.EqualTo(1), result.Stderr);
        var after = TreeSnapshot.Take(target.Root);

        // The root's own mtime moves when the copy is added; the root is not among the paths compared, its entries are.
        Assert.That(TreeSnapshot.Changed(before, after), Is.EqualTo(new[] { "PRODUCTION_CHECKLIST.readyscan.md" }));
        Assert.That(after["PRODUCTION_CHECKLIST.md"], Is.EqualTo(before["PRODUCTION_CHECKLIST.md"]));
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_GitRepositoryWithHistory_LeavesDotGitUnchanged(CancellationToken cancellation)
    {
        using var repo = new GitRepo();
        repo.Commit("app", ("src/app.js", "console.log('x');\n"), (".gitignore", "node_modules/\n"));
        repo.Commit("leak", (".env", "API_KEY=FAKE0000EXAMPLE0000\n"));
        repo.Commit("remove", (".env", null));
        var before = TreeSnapshot.Take(repo.Root);

        var result = Support.Cli.RunGuarded(cancellation, "scan", repo.Root, "--history", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0).Or.EqualTo(1), result.Stderr);
        Assert.That(result.Stdout, Does.Contain("\"src/app.js\""));
        Assert.That(TreeSnapshot.Changed(before, TreeSnapshot.Take(repo.Root)), Is.Empty);
    }

    private static TempTree CopyOf(string app)
    {
        var tree = new TempTree();
        var source = Path.Combine(RepoPaths.Root, "fixtures", "apps", app);
        foreach (var file in Directory.EnumerateFiles(source, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var copy = Path.Combine(tree.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return tree;
    }
}
