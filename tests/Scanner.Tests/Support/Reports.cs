using Scanner.Checklist.Controls;
using Scanner.Checklist.Loading;
using Scanner.Checklist.Readiness;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Engine;
using Scanner.Core.Workspaces;
using Scanner.Reporting;
using Scanner.Reporting.Model;
using Scanner.Reporting.Safety;

namespace Scanner.Tests.Support;

/// <summary>Whole reports built in process, as the CLI builds them: probes, checklist reconciliation, area scores.</summary>
internal static class Reports
{
    public const string SampleTarget = "fixtures/apps/express-api";

    private static readonly Lazy<ScanReport> Sample = new(() => Build(Path.Combine(RepoPaths.Root, SampleTarget), SampleTarget));

    /// <summary>The bundled sample app, scanned once per test run.</summary>
    public static ScanReport SampleApp => Sample.Value;

    public static ScanReport Build(string root, string target)
    {
        var workspace = Workspace.Open(root, new WorkspaceOptions(), Scans.Silent);
        var scan = new ScanEngine(Scans.DefaultCatalog, Scans.Silent).Run(workspace, new ScanOptions { ToolVersion = "test" });
        var controls = ControlCatalog.LoadDefault();
        var checklist = new Reconciler(controls).Reconcile(ChecklistLoader.Load(workspace, []), scan);
        return ReportRedaction.Apply(new ScanReport(target, scan, checklist)
        {
            Areas = ReadinessScorer.Score(controls, scan), Anchors = ProjectAnchors.From(workspace.Files.Select(f => f.Path)),
        });
    }

    public static string Render(string format, ScanReport report, ReportOptions? options = null)
    {
        using var writer = new StringWriter();
        ReportWriters.Create(format, options ?? ReportOptions.Default)!.Write(report, writer);
        return writer.ToString();
    }
}
