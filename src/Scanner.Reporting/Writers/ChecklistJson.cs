using System.Text.Json;
using Scanner.Checklist.Reconciliation;

namespace Scanner.Reporting.Writers;

/// <summary>The checklist half of the JSON contract: files, one entry per line, statements, and the counts.</summary>
internal static class ChecklistJson
{
    public static void Write(Utf8JsonWriter json, ChecklistReport report)
    {
        json.WriteStartArray("checklists");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("file", file.Path);
            json.WriteString("foundBy", file.FoundBy);
            json.WriteNumber("items", file.Document.Items.Count);
            json.WriteStartArray("notes");
            foreach (var note in file.Document.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSummary(json, report);
        json.WriteStartArray("checklist");
        foreach (var line in report.Lines)
        {
            WriteLine(json, line);
            JsonText.FlushIfFull(json);
        }

        json.WriteEndArray();
        WriteStatements(json, report);
        WriteProbeGaps(json, report);
    }

    /// <summary>Controls lines name that no probe checks for the stacks in question: unknown because of the tool.</summary>
    private static void WriteProbeGaps(Utf8JsonWriter json, ChecklistReport report)
    {
        json.WriteStartArray("probeGaps");
        foreach (var (gap, lines) in report.ProbeGaps)
        {
            json.WriteStartObject();
            json.WriteString("control", gap.ControlId);
            json.WriteStartArray("stacks");
            foreach (var stack in gap.Stacks)
            {
                json.WriteStringValue(stack);
            }

            json.WriteEndArray();
            json.WriteStartArray("lines");
            foreach (var line in lines)
            {
                json.WriteStartObject();
                json.WriteString("file", line.Item.File);
                json.WriteNumber("line", line.Item.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, ChecklistReport report)
    {
        json.WriteStartObject("checklistSummary");
        json.WriteNumber("lines", report.Lines.Count);
        json.WriteNumber("claimsChecked", report.ClaimsChecked);
        foreach (var status in Enum.GetValues<LineStatus>())
        {
            json.WriteNumber(ChecklistNames.Of(status), report.Count(status));
        }

        json.WriteNumber("notMachineVerifiable", report.NotMachineVerifiable);
        json.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter json, ReconciledLine line)
    {
        var item = line.Item;
        json.WriteStartObject();
        json.WriteString("file", item.File);
        json.WriteNumber("line", item.Line);
        json.WriteString("section", ChecklistNames.Section(item));
        json.WriteString("text", item.Text);
        json.WriteString("claim", ChecklistNames.Of(item.Claim));
        json.WriteString("claimStyle", ChecklistNames.Of(item.Style));
        json.WriteBoolean("criterion", item.IsCriterion);
        json.WriteStartArray("controls");
        foreach (var control in line.Controls)
        {
            json.WriteStringValue(control.ControlId);
        }

        json.WriteEndArray();
        json.WriteString("matchedBy", line.Controls.Count == 0 ? null : string.Join("; ", line.Controls.Select(c => $"{c.ControlId}={c.MatchedBy}")));
        json.WriteString("verdict", ChecklistNames.Of(line.Verdict));
        json.WriteString("status", ChecklistNames.Of(line.Status));
        json.WriteBoolean("machineVerifiable", line.MachineVerifiable);
        json.WriteString("reason", line.Reason);
        WriteEvidence(json, line.Evidence);
        json.WriteStartArray("qualifiers");
        foreach (var qualifier in line.Qualifiers)
        {
            json.WriteStartObject();
            json.WriteString("kind", qualifier.Kind);
            json.WriteString("text", qualifier.Text);
            json.WriteString("verdict", ChecklistNames.Of(qualifier.Verdict));
            json.WriteString("reason", qualifier.Reason);
            WriteEvidence(json, qualifier.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<EvidenceItem> items)
    {
        json.WriteStartArray("evidence");
        foreach (var evidence in items)
        {
            json.WriteStartObject();
            json.WriteString("probeId", evidence.ProbeId);
            json.WriteString("outcome", Names.Of(evidence.Outcome));
            json.WriteString("path", evidence.Path);
            json.WriteNumber("line", evidence.Line);
            json.WriteString("message", evidence.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStatements(Utf8JsonWriter json, ChecklistReport report)
    {
        json.WriteStartArray("checklistContradictions");
        foreach (var c in report.Contradictions)
        {
            json.WriteStartObject();
            json.WriteString("file", c.File);
            json.WriteNumber("line", c.Line);
            json.WriteString("text", c.Text);
            json.WriteString("phrase", c.Phrase);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("checklistSummaryStatements");
        foreach (var s in report.Summaries)
        {
            json.WriteStartObject();
            json.WriteString("file", s.File);
            json.WriteNumber("line", s.Line);
            json.WriteString("text", s.Text);
            json.WriteString("kind", s.Kind);
            json.WriteNumber("stated", s.Stated);
            json.WriteNumber("actual", s.Actual);
            json.WriteBoolean("agrees", s.Agrees);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
