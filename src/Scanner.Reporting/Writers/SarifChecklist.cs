using System.Globalization;
using System.Text.Json;
using Scanner.Checklist.Reconciliation;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// The checklist's untrue statements as SARIF results located at the checklist line: false claims (with the
/// evidence as related locations, linked from the message), self-contradictions and wrong summary lines.
/// </summary>
internal static class SarifChecklist
{
    /// <summary>GitHub shows at most 100 locations of a result (and rejects one above 1,000).</summary>
    public const int MaxRelatedLocations = 100;

    public static void Write(Utf8JsonWriter json, ScanReport report, IReadOnlyDictionary<string, int> rules, SarifBudget budget)
    {
        var checklist = report.Checklist;
        var anchors = report.Scan.Probes.ToDictionary(p => p.Probe.Id, p => report.Anchors.For(p.Probe.Ecosystem), StringComparer.Ordinal);
        foreach (var line in checklist.Lines.Where(l => l.Status == LineStatus.FalseClaim && budget.Keeps(l)))
        {
            WriteFalseClaim(json, line, rules[SarifRules.FalseClaim], id => anchors.GetValueOrDefault(id, report.Anchors.Fallback));
            JsonText.FlushIfFull(json);
        }

        foreach (var c in checklist.Contradictions.Where(budget.Keeps))
        {
            var text = $"The line is {ChecklistNames.Box(c)}, but its own words say \"{c.Phrase}\": {c.Text}";
            Start(json, SarifRules.SelfContradiction, rules[SarifRules.SelfContradiction], "warning", text, c.File, c.Line);
            End(json, c.Fingerprint);
        }

        foreach (var s in checklist.Summaries.Where(s => !s.Agrees && budget.Keeps(s)))
        {
            var unit = s.Kind.Contains("percent", StringComparison.Ordinal) ? "%" : "";
            var text = string.Create(CultureInfo.InvariantCulture, $"The checklist states \"{s.Text}\", but its own boxes give {s.Actual:0.##}{unit}.");
            Start(json, SarifRules.SummaryMismatch, rules[SarifRules.SummaryMismatch], "note", text, s.File, s.Line);
            End(json, s.Fingerprint);
        }
    }

    private static void WriteFalseClaim(Utf8JsonWriter json, ReconciledLine line, int ruleIndex, Func<string, string> anchor)
    {
        var item = line.Item;
        var evidenceShown = line.Evidence.Take(MaxRelatedLocations).ToList();
        var located = evidenceShown.Select((e, i) => (e, Id: i + 1)).Where(x => SarifLocation.Names(x.e.Path)).ToList();
        var links = located.Select(x => $"[{Escape(x.e.Path)}{(x.e.Line > 0 ? ":" + x.e.Line.ToString(CultureInfo.InvariantCulture) : "")}]({x.Id.ToString(CultureInfo.InvariantCulture)})");
        var more = line.Evidence.Count - evidenceShown.Count;
        var evidence = (located.Count == 0 ? "" : $" Evidence: {string.Join(", ", links)}.")
            + (more > 0 ? string.Create(CultureInfo.InvariantCulture, $" {more} more piece(s) of evidence are in the JSON report.") : "");
        var message = $"Ticked, but the evidence says otherwise: \"{Escape(item.Text)}\". {Escape(line.Reason)}.{evidence}";
        Start(json, SarifRules.FalseClaim, ruleIndex, "error", message, item.File, item.Line);
        json.WriteStartArray("relatedLocations");
        foreach (var (e, id) in evidenceShown.Select((e, i) => (e, i + 1)))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            SarifLocation.WritePhysical(json, SarifLocation.Names(e.Path) ? e.Path : anchor(e.ProbeId), SarifLocation.Names(e.Path) ? e.Line : 0);

            json.WriteStartObject("message");
            json.WriteString("text", $"{e.ProbeId}: {e.Message}");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        End(json, line.Fingerprint, w =>
        {
            w.WriteStartArray("controls");
            foreach (var control in line.Controls)
            {
                w.WriteStringValue(control.ControlId);
            }

            w.WriteEndArray();
            w.WriteString("claim", ChecklistNames.Of(item.Claim));
            w.WriteString("verdict", ChecklistNames.Of(line.Verdict));
            w.WriteString("status", ChecklistNames.Of(line.Status));
        });
    }

    private static void Start(Utf8JsonWriter json, string ruleId, int ruleIndex, string level, string message, string file, int line)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("kind", "fail");
        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        SarifLocation.WritePhysical(json, file, line);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void End(Utf8JsonWriter json, string fingerprint, Action<Utf8JsonWriter>? properties = null)
    {
        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifResults.FingerprintKey, fingerprint);
        json.WriteEndObject();
        if (properties is not null)
        {
            json.WriteStartObject("properties");
            properties(json);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>SARIF messages treat [text](id) as links, so brackets from the checklist's own text are escaped.</summary>
    private static string Escape(string text) => text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
