using Scanner.Checklist.Discovery;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistDiscoveryTests
{
    [TestCase("PRODUCTION_READINESS.md", "name contains 'readiness', 'production'")]
    [TestCase("docs/Checklist.markdown", "name contains 'checklist'")]
    [TestCase("docs/guides/security-review.mdx", "name contains 'security'")]
    [TestCase(".github/DEPLOYMENT.MD", "name contains 'deployment'")]
    [TestCase("launch-plan.md", "name contains 'launch'")]
    [TestCase("docs\\ops\\deployment_checklist.md", "name contains 'checklist', 'deployment'")]
    public void Find_ChecklistName_IsFoundWithReason(string path, string reason)
    {
        var found = ChecklistDiscovery.Find([path]).Single();
        Assert.That(found, Is.EqualTo(new DiscoveredChecklist(path.Replace('\\', '/'), reason)));
    }

    [TestCase("README.md")]
    [TestCase("checklist.txt")]
    [TestCase("production.yaml")]
    [TestCase("checklists/README.md")]
    [TestCase("node_modules/pkg/SECURITY.md")]
    [TestCase("vendor/lib/CHECKLIST.md")]
    [TestCase("src/bin/Debug/checklist.md")]
    [TestCase("OBJ/checklist.md")]
    [TestCase("web/dist/launch.md")]
    [TestCase("build/production.md")]
    [TestCase(".next/server/deployment.md")]
    [TestCase("venv/lib/security.md")]
    [TestCase(".venv/security.md")]
    [TestCase(".git/checklist.md")]
    [TestCase("coverage/readiness.md")]
    [TestCase("app/.venv/deep/production.md")]
    public void Find_OtherFilesAndDependencyFolders_AreSkipped(string path)
    {
        Assert.That(ChecklistDiscovery.Find([path]), Is.Empty);
    }

    [Test]
    public void Find_ManyPaths_AreDedupedAndSortedOrdinally()
    {
        var found = ChecklistDiscovery.Find(["docs/security.md", "./SECURITY.md", "Launch.md", "docs\\security.md", "a/checklist.md", "README.md"]);
        Assert.That(found.Select(f => f.Path), Is.EqualTo(new[] { "Launch.md", "SECURITY.md", "a/checklist.md", "docs/security.md" }));
    }

    [Test]
    public void FromExplicit_UserFiles_KeepOrderDropDuplicatesAndSkipFilters()
    {
        var found = ChecklistDiscovery.FromExplicit(["notes/todo.txt", "b.md", "./notes/todo.txt", "node_modules/x.md", "b.md"]);
        Assert.That(found, Is.EqualTo(new[]
        {
            new DiscoveredChecklist("notes/todo.txt", "--checklist"),
            new DiscoveredChecklist("b.md", "--checklist"),
            new DiscoveredChecklist("node_modules/x.md", "--checklist"),
        }));
    }

    [Test]
    public void Select_ExplicitFiles_ReplaceDiscovery()
    {
        string[] repository = ["CHECKLIST.md", "docs/launch.md"];
        Assert.Multiple(() =>
        {
            Assert.That(ChecklistDiscovery.Select(repository, ["mine.md"]).Select(f => f.Path), Is.EqualTo(new[] { "mine.md" }));
            Assert.That(ChecklistDiscovery.Select(repository, []).Select(f => f.Path), Is.EqualTo(repository));
        });
    }
}
