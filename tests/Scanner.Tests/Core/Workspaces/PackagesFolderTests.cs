using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Workspaces;

public sealed class PackagesFolderTests
{
    [Test]
    public void Open_JavaScriptMonorepoPackages_AreWalked()
    {
        using var tree = new TempTree();
        tree.Write("packages/ui/package.json", "{}");
        tree.Write("packages/ui/src/index.ts", "export {};");

        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent);

        Assert.That(workspace.Files.Select(f => f.Path), Does.Contain("packages/ui/src/index.ts"));
    }

    [Test]
    public void Open_NuGetPackagesFolder_IsSkipped()
    {
        using var tree = new TempTree();
        tree.Write("packages/Newtonsoft.Json.13.0.1/lib/readme.txt", "dependency");
        tree.Write("src/app.cs", "class A {}");

        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent);

        Assert.That(workspace.Files.Select(f => f.Path), Is.EqualTo(new[] { "src/app.cs" }));
    }
}
