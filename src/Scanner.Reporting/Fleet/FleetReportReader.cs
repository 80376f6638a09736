using System.Text.Json;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Reporting.Safety;

namespace Scanner.Reporting.Fleet;

/// <summary>
/// Reads a folder of per-repository JSON reports (what <c>readyscan fleet scan</c> writes, or any
/// <c>--format json</c> report) into a fleet report. Every string read passes the report redaction again: the
/// folder may hold reports from anywhere, and the merged report must not leak what one of them carries.
/// </summary>
public static class FleetReportReader
{
    private const long MaxReportSize = 256L * 1024 * 1024;

    public static FleetReport Read(string directory)
    {
        var repositories = Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(ReadOne)
            .ToList();
        return FleetReport.Build(repositories);
    }

    public static FleetRepository ReadOne(string path)
    {
        var (text, refusal) = GuardedFile.ReadText(path, MaxReportSize);
        if (text is null)
        {
            return new FleetRepository(Clean(Path.GetFileName(path))) { Error = $"report not readable: {refusal}" };
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            return FromJson(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return new FleetRepository(Clean(Path.GetFileName(path))) { Error = "not a readyscan JSON report" };
        }
    }

    private static FleetRepository FromJson(JsonElement root)
    {
        var name = ControlChars.Escape(ReportRedaction.RepositoryName(root.GetProperty("target").GetProperty("path").GetString() ?? ""));
        if (root.TryGetProperty("error", out var error))
        {
            return new FleetRepository(name) { Error = Clean(error.GetString() ?? "") };
        }

        var areas = root.GetProperty("areas").EnumerateArray()
            .Select(a => new FleetArea(Clean(a.GetProperty("area").GetString() ?? ""), a.GetProperty("percent").ValueKind == JsonValueKind.Number ? a.GetProperty("percent").GetInt32() : null, a.GetProperty("met").GetInt32(), a.GetProperty("unmet").GetInt32(), a.GetProperty("unknown").GetInt32()))
            .OrderBy(a => a.Area, StringComparer.Ordinal)
            .ToList();
        var failing = root.GetProperty("probes").EnumerateArray()
            .Where(p => p.GetProperty("outcome").GetString() == "fail")
            .Select(p => new FleetFailure(Clean(p.GetProperty("id").GetString() ?? ""), Clean(p.GetProperty("title").GetString() ?? ""), Enum.Parse<Severity>(p.GetProperty("severity").GetString() ?? "", ignoreCase: true), 1))
            .OrderByDescending(f => f.Severity).ThenBy(f => f.ProbeId, StringComparer.Ordinal)
            .ToList();
        var falseClaims = root.TryGetProperty("checklistSummary", out var summary) && summary.TryGetProperty("false-claim", out var count) ? count.GetInt32() : 0;
        return new FleetRepository(name) { Areas = areas, Failing = failing, FalseClaims = falseClaims };
    }

    private static string Clean(string text) => ControlChars.Escape(ReportRedaction.Text(text));
}
