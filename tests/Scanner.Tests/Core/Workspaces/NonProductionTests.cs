using Scanner.Core.Workspaces;

namespace Scanner.Tests.Core.Workspaces;

public sealed class NonProductionTests
{
    [TestCase("docker-compose.dev.yml", true)]
    [TestCase("deploy/compose.local.yaml", true)]
    [TestCase("Dockerfile.test", true)]
    [TestCase("docker-compose.yml", false)]
    [TestCase("docker-compose.production.yml", false)]
    [TestCase("devops/docker-compose.yml", false)]
    public void IsDevelopmentFile_Name_ReadsItsSegments(string path, bool expected) =>
        Assert.That(NonProduction.IsDevelopmentFile(path), Is.EqualTo(expected));

    [TestCase("configs/legacy/docker-compose.yml", true)]
    [TestCase("examples/app.py", true)]
    [TestCase("Backup/server.js", true)]
    [TestCase("src/app.py", false)]
    [TestCase("legacy.py", false)]
    public void IsSetAside_Folder_SetsItsContentsAside(string path, bool expected) =>
        Assert.That(NonProduction.IsSetAside(path), Is.EqualTo(expected));
}
