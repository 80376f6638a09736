using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.CSharp;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.CSharp;

public sealed class CsAppTests
{
    private const string WebProject = "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n";

    [Test]
    public void For_WebProjectWithLibrary_WalksExtensionMethodsInCallOrder()
    {
        using var tree = new TempTree();
        tree.Write("src/Web/Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ProjectReference Include=\"..\\Infra\\Infra.csproj\" />\n  </ItemGroup>\n</Project>\n");
        tree.Write("src/Web/Program.cs", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddInfrastructure();\nvar app = builder.Build();\napp.UseSecurity();\napp.UseAuthorization();\napp.Run();\n");
        tree.Write("src/Infra/Infra.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        tree.Write("src/Infra/Setup.cs", "public static class Setup\n{\n    public static IServiceCollection AddInfrastructure(this IServiceCollection s) => s.AddHealthChecks();\n    public static WebApplication UseSecurity(this WebApplication a) { a.UseHsts(); a.UseAuthentication(); return a; }\n    public static void Unused(WebApplication a) => a.UseRateLimiter();\n}\n");
        tree.Write("tests/Web.Tests/Web.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" /></ItemGroup></Project>\n");
        tree.Write("tests/Web.Tests/ProgramTests.cs", "public class ProgramTests { public void T() => System.Console.WriteLine(1); }\n");

        var app = App(tree);

        Assert.That(app.IsWebApp, Is.True);
        Assert.That(app.Entries, Is.EqualTo(new[] { "src/Web/Program.cs (top-level statements)" }));
        var order = app.Pipeline.Select(c => c.Name).Where(n => n.StartsWith("Use", StringComparison.Ordinal) || n.StartsWith("Add", StringComparison.Ordinal)).ToList();
        Assert.That(order, Is.EqualTo(new[] { "AddInfrastructure", "AddHealthChecks", "UseSecurity", "UseHsts", "UseAuthentication", "UseAuthorization" }));
        Assert.That(app.Anywhere("UseRateLimiter").Select(app.IsReachable), Is.EqualTo(new[] { false }));
        Assert.That(app.WebFiles.Select(f => f.Path), Has.None.Contains("tests/"));
    }

    [Test]
    public void For_ConsoleProject_IsNotAWebApp()
    {
        using var tree = new TempTree();
        tree.Write("Tool/Tool.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        tree.Write("Tool/Program.cs", "System.Console.WriteLine(\"hi\");\n");

        var app = App(tree);

        Assert.That(app.IsWebApp, Is.False);
        Assert.That(app.CodeFiles.Select(f => f.Path), Is.EqualTo(new[] { "Tool/Program.cs" }));
    }

    [Test]
    public void For_SampleUnderFixtures_IsSetAside()
    {
        using var tree = new TempTree();
        tree.Write("fixtures/apps/web/Web.csproj", WebProject);
        tree.Write("fixtures/apps/web/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n");

        Assert.That(App(tree).IsWebApp, Is.False);
    }

    [Test]
    public void Scan_BrokenCSharp_StillJudgesWithoutThrowing()
    {
        using var tree = new TempTree();
        tree.Write("Web.csproj", WebProject);
        tree.Write("Program.cs", "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.UseHsts(\nclass {{{ \"unterminated\n");

        var result = Scans.Run(tree.Root, "cs-https-hsts", "cs-auth-order");

        Assert.That(result.Probes.SelectMany(p => p.Findings).Select(f => f.Message), Has.None.Contains("probe failed"));
        Assert.That(Scans.Probe(result, "cs-https-hsts").Outcome, Is.EqualTo(Outcome.Fail));
    }

    private static CsApp App(TempTree tree) => CsApp.For(Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent));
}
