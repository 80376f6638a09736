using System.CommandLine;
using System.Text;
using Scanner.Reporting.Fleet;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan fleet report DIR</c>: merge a folder of per-repository JSON reports into one fleet report.</summary>
internal static class FleetReportCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "Folder of per-repository JSON reports (every shard's, together)." };
        var format = new Option<string>("--format") { Description = "html, markdown or json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong([.. FleetWriters.ByFormat.Keys]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout." };
        var command = new Command("report", "Merge per-repository reports: readiness by area, false claims, failing probes; the most common failures and the worst repositories.") { directory, format, output };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var folder = r.GetValue(directory)!;
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"no such folder: {folder}");
            }

            var report = FleetReportReader.Read(folder);
            var write = FleetWriters.ByFormat[r.GetValue(format)!];
            if (r.GetValue(output) is { } file)
            {
                using var stream = new StreamWriter(file, false, new UTF8Encoding(false));
                write(report, stream);
            }
            else
            {
                write(report, Console.Out);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
