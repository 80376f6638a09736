using LibGit2Sharp;
using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Workspaces;

public sealed class WorkspaceTests
{
    [Test]
    public void Open_GitignoreAndDependencyFolders_ListsOnlyOwnFiles()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "*.log\n.env\n!keep.log\n");
        tree.Write("src/app.js", "x");
        tree.Write("src/debug.log", "x");
        tree.Write("keep.log", "x");
        tree.Write(".env", "X=1");
        tree.Write("node_modules/lib/index.js", "x");
        tree.Write("web/.gitignore", "generated/\n");
        tree.Write("web/generated/a.js", "x");
        tree.Write("web/page.js", "x");
        tree.Write(".git/info/exclude", "local-notes.txt\n");
        tree.Write("local-notes.txt", "x");
        tree.Write("py/.venv-custom/pyvenv.cfg", "home = /usr");

        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        Assert.That(workspace.Files.Select(f => f.Path), Is.EqualTo(new[] { ".gitignore", "keep.log", "src/app.js", "web/.gitignore", "web/page.js" }));
        Assert.That(workspace.Notes.Select(n => (n.Path, n.Kind)), Does.Contain(("node_modules", "skipped-folder")));
        Assert.That(workspace.Notes.Select(n => (n.Path, n.Kind)), Does.Contain(("py/.venv-custom", "skipped-folder")));
    }

    [Test]
    public void Open_HostileTree_SkipsEachOddFileWithANote()
    {
        using var tree = new TempTree();
        tree.Write("src/ok.js", "module.exports = 1;\n");
        tree.WriteBytes("src/blob.js", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]);
        tree.WriteBytes("src/latin1.js", [0x63, 0x61, 0x66, 0xE9, 0x0A, 0xFF, 0xFE, 0x41]);
        tree.Write("config/broken.yaml", "key: [unclosed\n  - : :\n\t- tab");
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "loop"), tree.Root);
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "etc-link"), "/etc");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "passwd-link"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "dangling"), Path.Combine(tree.Root, "missing"));
        using (var big = File.Create(Path.Combine(tree.Root, "huge.js")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);
        var texts = workspace.Files.Select(f => (f.Path, workspace.Read(f)?.Content)).ToList();
        var notes = workspace.Notes.ToDictionary(n => n.Path, n => n.Kind);

        Assert.That(workspace.Files.Select(f => f.Path), Is.EqualTo(new[] { "config/broken.yaml", "src/blob.js", "src/latin1.js", "src/ok.js" }));
        Assert.That(notes, Does.ContainKey("loop").WithValue("symlink-loop"));
        Assert.That(notes, Does.ContainKey("etc-link").WithValue("symlink-outside"));
        Assert.That(notes, Does.ContainKey("passwd-link").WithValue("symlink-outside"));
        Assert.That(notes, Does.ContainKey("dangling").WithValue("symlink-broken"));
        Assert.That(notes, Does.ContainKey("huge.js").WithValue("too-large"));
        Assert.That(notes, Does.ContainKey("src/blob.js").WithValue("binary"));
        Assert.That(notes, Does.ContainKey("src/latin1.js").WithValue("invalid-utf8"));
        Assert.That(texts.Single(t => t.Path == "src/latin1.js").Content, Does.StartWith("caf\uFFFD"));
    }

    [Test]
    [CancelAfter(20_000)]
    public void Read_NamedPipeInTree_ReturnsEmptyTextWithoutBlocking()
    {
        using var tree = new TempTree();
        tree.Write("app.js", "module.exports = 1;\n");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(tree.Root, "pipe.js")))
        {
            mkfifo.WaitForExit();
        }

        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        Assert.That(workspace.Read("pipe.js")?.Content, Is.Empty);
        Assert.That(workspace.Read("app.js")?.Content, Does.StartWith("module.exports"));
    }

    [Test]
    public void Read_Utf16WithBom_DecodesText()
    {
        using var tree = new TempTree();
        tree.WriteBytes("notes.txt", [.. new byte[] { 0xFF, 0xFE }, .. System.Text.Encoding.Unicode.GetBytes("héllo")]);

        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        Assert.That(workspace.Read("notes.txt")?.Content, Is.EqualTo("héllo"));
    }

    [Test]
    public void Read_SameFileTwice_ReturnsTheCachedDocument()
    {
        using var tree = new TempTree();
        tree.Write("a.js", "x");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        Assert.That(workspace.Read("a.js"), Is.SameAs(workspace.Read("a.js")));
    }

    [Test]
    public void Release_ReadFile_NextReadIsANewDocumentWithTheSameText()
    {
        using var tree = new TempTree();
        tree.Write("CHECKLIST.md", "- [x] HTTPS\n");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);
        var first = workspace.Read("CHECKLIST.md");

        workspace.Release("CHECKLIST.md");
        var again = workspace.Read("CHECKLIST.md");

        Assert.That(again, Is.Not.SameAs(first));
        Assert.That(again?.Content, Is.EqualTo("- [x] HTTPS\n"));
        Assert.That(workspace.DocumentsRead, Is.EqualTo(1));
    }

    [Test]
    public void Open_GitRepository_ReadsHeadAndTrackedFiles()
    {
        using var tree = new TempTree();
        Repository.Init(tree.Root);
        tree.Write("tracked.js", "x");
        tree.Write("untracked.js", "y");
        using (var repo = new Repository(tree.Root))
        {
            Commands.Stage(repo, "tracked.js");
            var author = new Signature("Fixture", "fixture@example.invalid", DateTimeOffset.UnixEpoch);
            repo.Commit("first", author, author);
        }

        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        Assert.That(workspace.Git.IsRepository, Is.True);
        Assert.That(workspace.Git.Head, Has.Length.EqualTo(40));
        Assert.That(workspace.Git.TrackedFiles, Is.EquivalentTo(new[] { "tracked.js" }));
        Assert.That(workspace.Files.Select(f => f.Path), Is.EqualTo(new[] { "tracked.js", "untracked.js" }));
    }

    [Test]
    public void Open_MissingDirectory_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => Workspace.Open("/no/such/readyscan/dir", new WorkspaceOptions(), Scans.Silent));
    }
}
