using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Plugins;
using Scanner.Core.Rules;
using Scanner.Core.Workspaces;
using Scanner.Probes;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Plugins;

public sealed class PluginLoaderTests
{
    private const string Probe = """
        using Scanner.Core.Engine;
        using Scanner.Core.Model;
        [assembly: Scanner.Core.Plugins.ReadyScanPlugin(VERSION)]
        public sealed class PluginProbe : IProbe
        {
            public IEnumerable<Finding> Run(ProbeContext context) => BODY;
        }
        """;

    [Test]
    public void Load_SamplePlugin_ItsProbeJoinsTheCatalogAndSharesTheHostContract()
    {
        var plugin = PluginLoader.Load([PluginBuilder.Sample]).Single();

        var catalog = ProbeCatalog.LoadAll([DefaultProbes.Assembly, plugin], []);

        var card = catalog.Find("custom-auth-middleware-registered");
        Assert.That(card, Is.Not.Null);
        Assert.That(card!.Source, Is.EqualTo("plugin CustomAuthPlugin: rules/custom/custom-auth-middleware-registered.yaml"));
        Assert.That(catalog.Create(card), Is.InstanceOf<IProbe>(), "the plugin's IProbe is the host's IProbe");
        Assert.That(System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(plugin)!.Name, Is.EqualTo("readyscan-plugin:CustomAuthPlugin.dll"));
    }

    [Test]
    public void Load_CardWithABuiltInId_IsAnErrorNamingThePlugin()
    {
        using var tree = new TempTree();
        var path = PluginBuilder.Build(tree.Root, "ClashPlugin", Plugin("[]"), new Dictionary<string, string> { ["rules/custom/dockerfile-non-root-user.yaml"] = PluginBuilder.Card("dockerfile-non-root-user", "PluginProbe") });

        var error = Assert.Throws<CardLoadException>(() => ProbeCatalog.LoadAll([DefaultProbes.Assembly, .. PluginLoader.Load([path])], []))!;

        Assert.That(error.Message, Does.StartWith("plugin ClashPlugin: rules/custom/dockerfile-non-root-user.yaml: duplicate probe id dockerfile-non-root-user (also in rules/dockerfile/"));
    }

    [Test]
    public void Load_OtherApiVersion_IsRefusedWithBothVersions()
    {
        using var tree = new TempTree();
        var path = PluginBuilder.Build(tree.Root, "FuturePlugin", Plugin("[]", version: "99"), new Dictionary<string, string>());

        var error = Assert.Throws<CardLoadException>(() => PluginLoader.Load([path]))!;

        Assert.That(error.Message, Is.EqualTo($"plugin {path}: built for plugin API version 99; this readyscan speaks version {PluginApi.Version}"));
    }

    [Test]
    public void Load_PluginWithoutProbesOrCards_IsRefused()
    {
        using var tree = new TempTree();
        var path = PluginBuilder.Build(tree.Root, "EmptyPlugin", "[assembly: Scanner.Core.Plugins.ReadyScanPlugin(1)]\npublic static class Nothing { }", new Dictionary<string, string>());

        var error = Assert.Throws<CardLoadException>(() => PluginLoader.Load([path]))!;

        Assert.That(error.Message, Is.EqualTo($"plugin {path}: has no probes (no IProbe class and no embedded rules/**.yaml card)"));
    }

    [Test]
    public void Load_NotAnAssemblyAndMissingFile_ReportsBothAtOnce()
    {
        using var tree = new TempTree();
        var garbage = tree.Write("broken.dll", "not a PE file");

        var error = Assert.Throws<CardLoadException>(() => PluginLoader.Load([garbage, "no/such/plugin.dll"]))!;

        Assert.That(error.Errors, Has.Count.EqualTo(2));
        Assert.That(error.Errors[0], Does.StartWith($"plugin {garbage}: does not load ("));
        Assert.That(error.Errors[1], Is.EqualTo("plugin no/such/plugin.dll: no such file"));
    }

    [Test]
    public void Run_PluginProbeThrows_OneInconclusiveAndTheOtherProbesRun()
    {
        using var tree = new TempTree();
        var path = PluginBuilder.Build(tree.Root, "ThrowingPlugin", Plugin("throw new System.InvalidOperationException(\"plugin bug\")"), new Dictionary<string, string> { ["rules/custom/plugin-throws.yaml"] = PluginBuilder.Card("plugin-throws", "PluginProbe") });
        tree.Write("target/src/app.js", "console.log('x');\n");
        var catalog = ProbeCatalog.LoadAll([DefaultProbes.Assembly, .. PluginLoader.Load([path])], []);

        var result = new ScanEngine(catalog, Scans.Silent).Run(
            Workspace.Open(Path.Combine(tree.Root, "target"), new WorkspaceOptions(), Scans.Silent),
            new ScanOptions { Only = new HashSet<string> { "plugin-throws", "js-no-console-log" } });

        Assert.That(Scans.Probe(result, "plugin-throws").Findings.Select(f => (f.Outcome, f.Message)), Is.EqualTo(new[]
        {
            (Outcome.Inconclusive, "probe failed (InvalidOperationException); other probes ran. Run with -v for the stack."),
        }));
        Assert.That(Scans.Probe(result, "js-no-console-log").Outcome, Is.EqualTo(Outcome.Fail));
    }

    private static string Plugin(string body, string version = "Scanner.Core.Plugins.PluginApi.Version") =>
        Probe.Replace("VERSION", version, StringComparison.Ordinal).Replace("BODY", body, StringComparison.Ordinal);
}
