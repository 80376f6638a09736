using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes;
using Serilog;

namespace Scanner.Tests.Support;

/// <summary>Runs the real engine with the default cards, in process.</summary>
internal static class Scans
{
    public static ProbeCatalog DefaultCatalog { get; } = ProbeCatalog.Load([DefaultProbes.Assembly], null);

    public static ILogger Silent { get; } = new LoggerConfiguration().CreateLogger();

    public static ScanResult Run(string root, params string[] only) =>
        new ScanEngine(DefaultCatalog, Silent).Run(
            Workspace.Open(root, new WorkspaceOptions(), Silent),
            new ScanOptions { Only = only.Length == 0 ? null : only.ToHashSet(), ToolVersion = "test" });

    /// <summary>A scan with explicit workspace and scan options (history, baseline, the day suppressions expire on).</summary>
    public static ScanResult Run(string root, WorkspaceOptions workspace, ScanOptions options) =>
        new ScanEngine(DefaultCatalog, Silent).Run(Workspace.Open(root, workspace, Silent), options with { ToolVersion = "test" });

    public static ProbeResult Probe(ScanResult result, string id) => result.Probes.Single(p => p.Probe.Id == id);
}
