using System.Text.Json;
using Scanner.Core.Model;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// <c>tool.driver.rules[]</c>: one rule per probe card that ran (its title, description, remediation as help,
/// severity as default level, CWE as tags), then the checklist rules when a checklist was judged.
/// </summary>
internal static class SarifRules
{
    public const string FalseClaim = "checklist-false-claim";
    public const string SelfContradiction = "checklist-self-contradiction";
    public const string SummaryMismatch = "checklist-summary-mismatch";

    private static readonly (string Id, string Title, string Description, string Help, string Level)[] ChecklistRules =
    [
        (FalseClaim, "A ticked checklist line is not true",
            "The checklist claims the item is done, but ReadyScan's probes found evidence that it is not. The related locations are that evidence.",
            "Fix what the evidence shows, or untick the line until it is done; `readyscan scan --annotate --fix-checkboxes` writes a corrected copy beside the checklist.",
            "error"),
        (SelfContradiction, "A checklist line contradicts itself",
            "The line is ticked but its own words say the work is not done (\"needs implementation\", \"TODO\"), or the reverse.",
            "Make the box and the words agree.",
            "warning"),
        (SummaryMismatch, "A checklist summary disagrees with its boxes",
            "A line such as \"Completed: 9 items\" or \"Overall progress: 75%\" states a number that the checklist's own boxes do not give.",
            "Update the summary from the boxes, or drop it and let the boxes speak.",
            "note"),
    ];

    /// <summary>Rule ids in the order written, so results can name their rule by index.</summary>
    public static IReadOnlyDictionary<string, int> For(ScanReport report)
    {
        var ids = report.Scan.Probes.Select(p => p.Probe.Id).ToList();
        if (report.Checklist.Files.Count > 0)
        {
            ids.AddRange(ChecklistRules.Select(r => r.Id));
        }

        return ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index, StringComparer.Ordinal);
    }

    public static void Write(Utf8JsonWriter json, ScanReport report, IReadOnlyDictionary<string, int> rules)
    {
        json.WriteStartArray("rules");
        foreach (var probe in report.Scan.Probes.Select(p => p.Probe))
        {
            WriteProbeRule(json, probe);
        }

        foreach (var rule in ChecklistRules.Where(r => rules.ContainsKey(r.Id)))
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            WriteText(json, "shortDescription", rule.Title);
            WriteText(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", rule.Help);
            json.WriteString("markdown", rule.Help);
            json.WriteEndObject();
            WriteLevel(json, rule.Level);
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue("readyscan");
            json.WriteStringValue("checklist");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private static void WriteProbeRule(Utf8JsonWriter json, ProbeInfo probe)
    {
        json.WriteStartObject();
        json.WriteString("id", probe.Id);
        WriteText(json, "shortDescription", probe.Title);
        WriteText(json, "fullDescription", probe.Description);
        if (probe.References.Count > 0)
        {
            json.WriteString("helpUri", probe.References[0]);
        }

        json.WriteStartObject("help");
        json.WriteString("text", probe.Remediation);
        json.WriteString("markdown", HelpMarkdown(probe));
        json.WriteEndObject();
        WriteLevel(json, Level(probe.Severity));
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("readyscan");
        json.WriteStringValue(probe.Ecosystem);
        if (probe.Cwe.Count > 0)
        {
            json.WriteStringValue("security");
        }

        foreach (var cwe in probe.Cwe)
        {
            json.WriteStringValue("external/cwe/" + cwe.ToLowerInvariant());
        }

        json.WriteEndArray();
        json.WriteString("precision", Names.Of(probe.Confidence));
        json.WriteString("severity", Names.Of(probe.Severity));
        if (probe.Cwe.Count > 0)
        {
            // GitHub ranks security alerts by this CVSS-like score: critical > 9, high 7-8.9, medium 4-6.9, low < 4.
            json.WriteString("security-severity", SecuritySeverity(probe.Severity));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string HelpMarkdown(ProbeInfo probe)
    {
        var references = probe.References.Select(r => $"\n- <{r}>");
        var cwe = probe.Cwe.Count == 0 ? "" : $"\n\n{string.Join(", ", probe.Cwe)}";
        return $"**Fix:** {probe.Remediation}{cwe}{(probe.References.Count == 0 ? "" : "\n\nReferences:" + string.Concat(references))}";
    }

    private static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "1.0",
    };

    private static void WriteLevel(Utf8JsonWriter json, string level)
    {
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", level);
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
