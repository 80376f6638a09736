using Scanner.Core.Parsing.Nginx;
using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Parsing;

public sealed class NginxConfigsTests
{
    [Test]
    public void Load_IncludesInsideTheRepo_AreSplicedWithTheirOwnFileAndLine()
    {
        using var tree = new TempTree();
        tree.Write("deploy/nginx/nginx.conf", "events {}\nhttp {\n  include mime.types;\n  include /etc/nginx/conf.d/*.conf;\n}\n");
        tree.Write("deploy/nginx/conf.d/app.conf", "server {\n  listen 80;\n  include snippets/headers.conf;\n}\n");
        tree.Write("deploy/nginx/conf.d/snippets/headers.conf", "add_header X-Frame-Options DENY;\n");

        var configs = Load(tree);

        var config = configs.Single();
        Assert.That(config.RootPath, Is.EqualTo("deploy/nginx/nginx.conf"));
        Assert.That(config.Files, Is.EqualTo(new[] { "deploy/nginx/nginx.conf", "deploy/nginx/conf.d/app.conf", "deploy/nginx/conf.d/snippets/headers.conf" }));
        var header = config.Servers.Single().All("add_header").Single();
        Assert.That((header.Path, header.Line), Is.EqualTo(("deploy/nginx/conf.d/snippets/headers.conf", 1)));
        Assert.That(config.Unresolved.Single(), Does.Contain("mime.types"));
    }

    [Test]
    public void Load_IncludeCycle_Terminates()
    {
        using var tree = new TempTree();
        tree.Write("nginx/a.conf", "http {\n  include b.conf;\n}\n");
        tree.Write("nginx/b.conf", "server {\n  include a.conf;\n}\n");

        var configs = Load(tree);

        Assert.That(configs, Is.Not.Empty);
    }

    [Test]
    public void Load_BrokenIncludedFile_IsAProblemOfTheRootConfig()
    {
        using var tree = new TempTree();
        tree.Write("nginx.conf", "http {\n  include sites/*.conf;\n}\n");
        tree.Write("sites/app.conf", "server {\n  listen 80\n");

        var config = Load(tree).Single();

        Assert.That(config.Problems.Single().Path, Is.EqualTo("sites/app.conf"));
    }

    [Test]
    public void Load_NonNginxConfFile_IsIgnored()
    {
        using var tree = new TempTree();
        tree.Write("redis.conf", "requirepass ReadyScanFake\nappendonly yes\n");

        Assert.That(Load(tree), Is.Empty);
    }

    private static IReadOnlyList<NginxConfig> Load(TempTree tree)
    {
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent);
        return NginxConfigs.Load(workspace, workspace.Files.Select(f => workspace.Read(f)!).Where(d => d is not null));
    }
}
