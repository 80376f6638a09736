using System.Globalization;
using System.Text.Json;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// The run's one invocation and what the tool has to say about it: results left out to stay within code
/// scanning's limits, and suppressions that do nothing. SARIF viewers show these notifications beside the results.
/// </summary>
internal static class SarifNotifications
{
    public static void Write(Utf8JsonWriter json, ScanReport report, SarifBudget budget)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        if (budget.Omitted > 0)
        {
            Notification(json, "warning", "results-capped", string.Create(
                CultureInfo.InvariantCulture,
                $"{budget.Omitted} of {budget.Total} results left out: GitHub code scanning shows at most {budget.Kept} per run, so the lowest levels (passes and notes first) were dropped. The JSON report holds them all."));
        }

        foreach (var note in report.Scan.Notes.Where(SuppressionNotes.Is))
        {
            Notification(json, "note", note.Kind, note.Message, note.Path, note.Line);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void Notification(Utf8JsonWriter json, string level, string id, string message, string? path = null, int line = 0)
    {
        json.WriteStartObject();
        json.WriteStartObject("descriptor");
        json.WriteString("id", id);
        json.WriteEndObject();
        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
        if (path is not null && SarifLocation.Names(path))
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            SarifLocation.WritePhysical(json, path, line);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
