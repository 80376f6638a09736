using System.Text.Json;

namespace Scanner.Tests.Cli;

/// <summary>Reads the checklist section of a JSON report: each line's text, status, verdict and evidence.</summary>
internal static class SampleAppChecklist
{
    public static List<JsonElement> Lines(string stdout)
    {
        using var doc = JsonDocument.Parse(stdout);
        return [.. doc.RootElement.GetProperty("checklist").EnumerateArray().Select(e => e.Clone())];
    }

    public static JsonElement Line(List<JsonElement> lines, string textStart) =>
        lines.Single(l => l.GetProperty("text").GetString()!.StartsWith(textStart, StringComparison.Ordinal));

    public static string Status(JsonElement line) => line.GetProperty("status").GetString()!;

    public static string Evidence(JsonElement line) => string.Join("\n", line.GetProperty("evidence").EnumerateArray()
        .Select(e => $"{e.GetProperty("path").GetString()}:{e.GetProperty("line").GetInt32()} {e.GetProperty("message").GetString()}"));

    /// <summary>Every met or unmet verdict names its evidence: a message, and a path unless the finding is about the whole project.</summary>
    public static IEnumerable<string> VerdictsWithoutEvidence(List<JsonElement> lines) =>
        lines.Where(l => l.GetProperty("verdict").GetString() is "met" or "unmet")
            .Where(l => l.GetProperty("evidence").GetArrayLength() == 0
                || l.GetProperty("evidence").EnumerateArray().Any(e => string.IsNullOrEmpty(e.GetProperty("message").GetString())))
            .Select(l => l.GetProperty("text").GetString()!);
}
