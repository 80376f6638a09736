using Scanner.Checklist.Loading;
using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistLoaderTests
{
    [Test]
    public void Load_PolicyNamedLikeAChecklistWithoutBoxesOrStatusLines_IsNoChecklist()
    {
        using var tree = new TempTree();
        tree.Write("SECURITY.md", "# Security policy\n\nReport vulnerabilities to the maintainers.\n\n- Supported: the latest release\n");
        tree.Write("docs/DEPLOYMENT.md", "# Deployment\n\n- [x] Health check endpoint\n");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        var files = ChecklistLoader.Load(workspace, []);

        Assert.That(files.Select(f => f.Path), Is.EqualTo(new[] { "docs/DEPLOYMENT.md" }));
    }

    [Test]
    public void Load_NamedFileWithoutBoxes_IsStillRead()
    {
        using var tree = new TempTree();
        var policy = tree.Write("SECURITY.md", "# Security policy\n\nNo boxes here.\n");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        var files = ChecklistLoader.Load(workspace, [policy]);

        Assert.That(files.Select(f => (f.Path, f.Document.Items.Count)), Is.EqualTo(new[] { ("SECURITY.md", 0) }));
    }
}
