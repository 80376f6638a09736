using Scanner.Checklist.Controls;
using Scanner.Checklist.Loading;
using Scanner.Checklist.Readiness;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Engine;
using Scanner.Core.Workspaces;
using Scanner.Reporting.Model;
using Scanner.Reporting.Safety;
using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>
/// A throw-away target holding one ordinary finding of each common kind next to whatever hostile input a test
/// adds, so every test can show that the odd file was noted and everything else was still scanned.
/// </summary>
internal sealed class HostileTarget : IDisposable
{
    public const string ConsolePath = "src/ok.js";
    public const string SecretPath = "src/keys.js";
    private readonly TempTree _tree;

    /// <param name="inMemory">
    /// Write to /dev/shm where there is one: creating 100,000 files on a disk-backed /tmp took 48 s on a 2-core CI
    /// machine and under 3 s in tmpfs, and the scan is what the test measures, not the disk.
    /// </param>
    public HostileTarget(bool inMemory = false)
    {
        _tree = new TempTree(inMemory && Directory.Exists("/dev/shm") ? "/dev/shm" : null);
        _tree.Write(ConsolePath, "console.log('still scanned');\n");
        _tree.Write(SecretPath, "const aws = 'AKIAREADYSCANFAKEKEY';\n");
    }

    public string Root => _tree.Root;

    public string Write(string relativePath, string content) => _tree.Write(relativePath, content);

    public string WriteBytes(string relativePath, byte[] content) => _tree.WriteBytes(relativePath, content);

    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>
    /// The CLI's pipeline in process (workspace, probes, checklist, JSON report): the CLI's own start-up costs
    /// seconds a run, which the suite cannot spend on every case. A crash surfaces as the test's exception.
    /// </summary>
    public HostileReport Scan(CancellationToken cancellation, WorkspaceOptions? options = null, ScanOptions? scan = null) =>
        Guarded(() => Pipeline(Workspace.Open(Root, options ?? new WorkspaceOptions(), Scans.Silent), cancellation, scan), cancellation);

    /// <summary>The real CLI with a JSON report on stdout, killed if the test's hang guard fires.</summary>
    public HostileReport ScanCli(CancellationToken cancellation, params string[] extra) => Parse(Support.Cli.RunGuarded(cancellation, ["scan", Root, "--format", "json", .. extra]));

    /// <summary>As <see cref="ScanCli"/>, but as the unprivileged user nobody, so that permissions bind.</summary>
    public HostileReport ScanUnprivileged(CancellationToken cancellation) => Parse(Support.Cli.RunUnprivileged(cancellation, "scan", Root, "--format", "json"));

    /// <summary>The same pipeline in process, for tests that must act on the workspace between walking and probing.</summary>
    public static HostileReport ScanInProcess(Workspace workspace, CancellationToken cancellation) => Guarded(() => Pipeline(workspace, cancellation), cancellation);

    /// <summary>Only the engine observes the token; waiting on a task makes a hang anywhere else fail the test too.</summary>
    private static T Guarded<T>(Func<T> scan, CancellationToken cancellation)
    {
        var task = Task.Run(scan, cancellation);
        task.Wait(cancellation);
        return task.Result;
    }

    /// <summary>The report every writer is handed, built in process as the CLI builds it (redaction included).</summary>
    public ScanReport Report(CancellationToken cancellation) =>
        Guarded(() => Build(Workspace.Open(Root, new WorkspaceOptions(), Scans.Silent), cancellation), cancellation);

    private static HostileReport Pipeline(Workspace workspace, CancellationToken cancellation, ScanOptions? options = null) =>
        HostileReport.Parse(0, Reports.Render("json", Build(workspace, cancellation, options)), "");

    private static ScanReport Build(Workspace workspace, CancellationToken cancellation, ScanOptions? options = null)
    {
        var scan = new ScanEngine(Scans.DefaultCatalog, Scans.Silent).Run(workspace, (options ?? new ScanOptions()) with { ToolVersion = "test" }, cancellation);
        var controls = ControlCatalog.LoadDefault();
        var checklist = new Reconciler(controls).Reconcile(ChecklistLoader.Load(workspace, []), scan);
        return ReportRedaction.Apply(new ScanReport("target", scan, checklist) { Areas = ReadinessScorer.Score(controls, scan) });
    }

    private static HostileReport Parse(CliResult result) => HostileReport.Parse(result.ExitCode, result.Stdout, result.Stderr);

    public void Dispose() => _tree.Dispose();
}
