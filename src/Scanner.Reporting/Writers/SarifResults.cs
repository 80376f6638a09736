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

    public static void WriteFindings(Utf8JsonWriter json, ScanReport report, IReadOnlyDictionary<string, int> rules, bool includeNonFailures)
    {
        foreach (var probe in report.Scan.Probes)
        {
            foreach (var finding in probe.Findings.Where(f => includeNonFailures || f.Outcome == Outcome.Fail))
            {
                Write(json, probe.Probe, finding, rules[probe.Probe.Id]);
                JsonText.FlushIfFull(json);
            }
        }
    }

    private static void Write(Utf8JsonWriter json, ProbeInfo probe, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", probe.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("kind", Kind(finding.Outcome));
        json.WriteString("level", finding.Outcome == Outcome.Fail ? SarifRules.Level(probe.Severity) : "none");
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        if (finding.Location is { } location && SarifLocation.Names(location.Path))
        {
            json.WriteStartObject();
            SarifLocation.WritePhysical(json, location.Path, location.Line, location.Column, finding.Evidence);
            json.WriteEndObject();
        }

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
