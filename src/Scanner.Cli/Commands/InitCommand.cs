using System.CommandLine;
using System.Text;
using Scanner.Checklist.Authoring;
using Scanner.Checklist.Controls;
using Scanner.Core.Workspaces;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan init [PATH]</c>: write a readiness checklist pre-ticked from the evidence.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Repository to scan and write the checklist into.", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = $"Overwrite an existing {ReadinessTemplate.FileName}." };
        var rules = CommonOptions.Rules();
        var verbose = CommonOptions.Verbose();
        var command = new Command("init", $"Scan, then write {ReadinessTemplate.FileName} with every control, ticked only where evidence was found.")
        {
            path, force, rules, verbose,
        };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var target = r.GetValue(path)!;
            var destination = Path.Combine(target, ReadinessTemplate.FileName);
            if (File.Exists(destination) && !r.GetValue(force))
            {
                throw new UsageException($"{destination} already exists; pass --force to overwrite it");
            }

            var settings = new ScanSettings(target, r.GetValue(rules), null, WorkspaceOptions.DefaultMaxFileSize, [], NoChecklist: true);
            var report = ScanPipeline.Run(settings, Logging.Create(r.GetValue(verbose)));
            var (markdown, ticked, total) = ReadinessTemplate.Build(ControlCatalog.LoadDefault(), report.Scan);
            File.WriteAllText(destination, markdown, new UTF8Encoding(false));
            Console.WriteLine($"wrote {destination}: {ticked} of {total} controls ticked from evidence");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
