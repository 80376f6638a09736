using System.CommandLine;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.Runtime;
using Scanner.Reporting;
using Scanner.Reporting.Model;
using Serilog;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan image NAME[:TAG]</c>: judge a built image from the Docker engine (user, health check, secret env).</summary>
internal static class ImageCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("image") { Description = "Image name or id, e.g. myapp:1.4 (read from the engine at DOCKER_HOST or the default socket)." };
        var format = new Option<string>("--format", "-f") { Description = "Report format: console or json.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong("console", "json");
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the engine.", DefaultValueFactory = _ => (int)DockerImageInspector.DefaultTimeout.TotalSeconds };
        var verbose = CommonOptions.Verbose();
        var command = new Command("image", "Inspect a built image through the Docker engine: non-root user, HEALTHCHECK, secrets in its environment.")
        {
            name, format, timeout, verbose,
        };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var log = Logging.Create(r.GetValue(verbose));
            var inspection = new DockerImageInspector(TimeSpan.FromSeconds(Math.Max(1, r.GetValue(timeout))), log).Inspect(r.GetValue(name)!);
            if (inspection.Facts is null)
            {
                throw new UsageException($"runtime checks skipped: {inspection.SkipReason}");
            }

            var result = Judge(inspection, log);
            if (r.GetValue(format) == "json")
            {
                ReportWriters.Find("json")!.Write(new ScanReport(inspection.Location, result, ChecklistReport.Empty), Console.Out);
            }
            else
            {
                ImageConsole.Write(inspection.Facts, result, Console.Out);
            }

            return result.Probes.Any(p => p.Outcome == Outcome.Fail) ? ExitCodes.GateFailed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The runtime probes, run by the engine (so findings are redacted and sorted) over an empty workspace carrying the image.</summary>
    private static ScanResult Judge(ImageInspection inspection, ILogger log)
    {
        var catalog = ProbeCatalogs.Load(null);
        var empty = Directory.CreateTempSubdirectory("readyscan-image-");
        try
        {
            var workspace = Workspace.Open(empty.FullName, new WorkspaceOptions { ReadGit = false }, log);
            RuntimeImages.Attach(workspace, inspection);
            var only = catalog.Enabled.Where(c => c.Info.Ecosystem == "runtime").Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            return new ScanEngine(catalog, log).Run(workspace, new ScanOptions { Only = only, ToolVersion = ToolInfo.Version });
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
