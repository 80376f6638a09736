using System.Text;
using System.Text.Json;
using Scanner.Core.Secrets;
using Scanner.Reporting.Safety;
using Scanner.Reporting.Writers;
using Serilog;

namespace Scanner.Cli.Fleet;

/// <summary>
/// Scans one shard of a fleet list, one repository at a time (so memory is one repository's scan, whatever the
/// fleet's size), and writes each repository's JSON report to the output folder under a name derived from the
/// repository's name. A repository that cannot be scanned gets a report saying why, and the others go on.
/// </summary>
internal sealed class FleetScanner(Func<string, ScanSettings> settingsFor, ILogger log)
{
    public (int Scanned, int Failed) Scan(IReadOnlyList<string> repositories, FleetShard shard, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        int scanned = 0, failed = 0;
        foreach (var repository in repositories.Where(shard.Owns))
        {
            var path = Path.Combine(outDirectory, FileName(repository));
            try
            {
                var report = ScanPipeline.Run(settingsFor(repository), log);
                using var output = new StreamWriter(path, false, new UTF8Encoding(false));
                new JsonReportWriter().Write(report, output);
                scanned++;
            }
            catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
            {
                log.Warning("fleet: {Repository} not scanned: {Reason}", ReportRedaction.RepositoryName(repository), Redactor.Scrub(e.Message));
                File.WriteAllText(path, ErrorReport(repository, e.Message), new UTF8Encoding(false));
                failed++;
            }
        }

        return (scanned, failed);
    }

    /// <summary>The last name of the repository, readable and safe as a file name, then its hash so two "api" folders never collide.</summary>
    public static string FileName(string repository)
    {
        var leaf = ReportRedaction.RepositoryName(repository).TrimEnd('/', '\\').Split('/', '\\')[^1];
        leaf = leaf.EndsWith(".git", StringComparison.Ordinal) ? leaf[..^4] : leaf;
        var safe = new string([.. leaf.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(60)]).TrimStart('.');
        return $"{(safe.Length == 0 ? "repository" : safe)}-{Convert.ToHexStringLower(FleetShard.Hash(repository))[..12]}.json";
    }

    private static string ErrorReport(string repository, string reason)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", JsonReportWriter.SchemaVersion);
            json.WriteStartObject("target");
            json.WriteString("path", ReportRedaction.RepositoryName(repository));
            json.WriteEndObject();
            json.WriteString("error", Redactor.Scrub(reason));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
