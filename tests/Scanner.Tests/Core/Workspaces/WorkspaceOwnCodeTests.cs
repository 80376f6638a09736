using Scanner.Core.Claims;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Workspaces;

public sealed class WorkspaceOwnCodeTests
{
    [Test]
    public void OwnCode_GeneratedFiles_LeftOutAndListed()
    {
        using var tree = new TempTree();
        tree.Write("src/app.js", "module.exports = 1;\n");
        tree.Write("staticfiles/admin/js/actions.js", "console.log(1);\n");
        tree.Write("public/lib.min.js", "console.log(2);\n");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        var own = workspace.OwnCode;

        Assert.Multiple(() =>
        {
            Assert.That(own.Files.Select(f => f.Path), Is.EqualTo(new[] { "src/app.js" }));
            Assert.That(own.Find("public/lib.min.js"), Is.Null);
            Assert.That(workspace.Files, Has.Count.EqualTo(3), "the whole workspace still holds every file");
            Assert.That(workspace.Generated, Is.EqualTo(new[]
            {
                new GeneratedFile("public/lib.min.js", GeneratedCode.Minified),
                new GeneratedFile("staticfiles/admin/js/actions.js", GeneratedCode.CollectedStatic),
            }));
            Assert.That(own.Whole, Is.SameAs(workspace));
            Assert.That(own.Read("src/app.js"), Is.SameAs(workspace.Read("src/app.js")), "the view shares the read cache");
        });
    }

    [Test]
    public void OwnCode_NothingGenerated_IsTheSameWorkspace()
    {
        using var tree = new TempTree();
        tree.Write("src/app.js", "module.exports = 1;\n");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);

        Assert.That(workspace.OwnCode, Is.SameAs(workspace));
    }

    [Test]
    public void OwnCode_ClaimsAttachedToTheScan_SeenThroughTheView()
    {
        using var tree = new TempTree();
        tree.Write("src/app.js", "module.exports = 1;\n");
        tree.Write("public/lib.min.js", "x\n");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions(), Scans.Silent);
        ClaimedPackages.Attach(workspace, []);

        Assert.That(ClaimedPackages.For(workspace.OwnCode), Is.Not.Null);
    }
}
