using System.Text.Json;
using Scanner.Core.Model;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// One SARIF result per finding: failures always (with their suppression, if any), the other outcomes only when
/// asked. The partial fingerprint is the finding's own, which ignores line numbers, so alerts survive line shifts.
/// </summary>
internal static class SarifResults
{
    public const string FingerprintKey = "readyscan/v1";

    public static void WriteFindings(Utf8JsonWriter json, ScanReport report, IReadOnlyDictionary<string, int> rules, bool includeNonFailures, SarifBudget budget)
    {
        foreach (var probe in report.Scan.Probes)
        {
            var anchor = report.Anchors.For(probe.Probe.Ecosystem);
            foreach (var finding in probe.Findings.Where(f => (includeNonFailures || f.Outcome == Outcome.Fail) && budget.Keeps(f)))
            {
                Write(json, probe.Probe, finding, rules[probe.Probe.Id], anchor);
                JsonText.FlushIfFull(json);
            }
        }
    }

    private static void Write(Utf8JsonWriter json, ProbeInfo probe, Finding finding, int ruleIndex, string anchor)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", probe.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("kind", Kind(finding.Outcome));
        json.WriteString("level", finding.Outcome == Outcome.Fail ? SarifRules.Level(probe.Severity) : "none");
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        // GitHub rejects a whole upload for one result without a location: a finding about the whole project is
        // shown at the file it judged or the one that should hold the fix, and says so in its properties.
        var located = finding.Location is { } location && SarifLocation.Names(location.Path);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (located)
        {
            SarifLocation.WritePhysical(json, finding.Location!.Path, finding.Location.Line, finding.Location.Column, finding.Evidence);
        }
        else
        {
            SarifLocation.WritePhysical(json, anchor, 0);
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            WriteSuppression(json, suppression);
        }

        json.WriteStartObject("properties");
        json.WriteString("outcome", Names.Of(finding.Outcome));
        json.WriteString("severity", Names.Of(probe.Severity));
        if (!located)
        {
            json.WriteBoolean("projectLevel", true);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSuppression(Utf8JsonWriter json, Suppression suppression)
    {
        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        json.WriteString("kind", suppression.Kind == "inline" ? "inSource" : "external");
        json.WriteString("status", "accepted");
        json.WriteString("justification", suppression.Justification);
        if (suppression.Location is { } at && SarifLocation.Names(at.Path))
        {
            json.WriteStartObject("location");
            SarifLocation.WritePhysical(json, at.Path, at.Line);
            json.WriteEndObject();
        }

        json.WriteStartObject("properties");
        json.WriteString("marker", suppression.Kind);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string Kind(Outcome outcome) => outcome switch
    {
        Outcome.Fail => "fail",
        Outcome.Pass => "pass",
        Outcome.NotApplicable => "notApplicable",
        _ => "review",
    };
}
