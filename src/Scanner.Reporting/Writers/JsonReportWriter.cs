using System.Text.Json;
using Scanner.Core.Model;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// The machine contract (docs/report.schema.json). Property order is fixed, nothing time- or machine-dependent is
/// written, so the same target gives the same bytes.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string SchemaVersion = "1.5";

    public string Format => "json";

    public void Write(ScanReport report, TextWriter output) => JsonText.Write(output, json =>
        {
            var scan = report.Scan;
            json.WriteStartObject();
            json.WriteString("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "readyscan");
            json.WriteString("version", scan.ToolVersion);
            json.WriteEndObject();
            WriteTarget(json, report);
            WriteSummary(json, scan);
            json.WriteStartArray("probes");
            foreach (var probe in scan.Probes)
            {
                WriteProbe(json, probe);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var (probe, finding) in scan.Probes.SelectMany(p => p.Findings.Select(f => (p.Probe, f))))
            {
                WriteFinding(json, probe, finding);
                JsonText.FlushIfFull(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in scan.Notes)
            {
                json.WriteStartObject();
                json.WriteString("path", note.Path);
                json.WriteString("kind", note.Kind);
                json.WriteString("message", note.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteGenerated(json, scan);
            WriteComponents(json, scan);
            WriteAreas(json, report);
            ChecklistJson.Write(json, report.Checklist);
            json.WriteEndObject();
        });

    /// <summary>Generated and vendored files code probes did not judge; written only when there are some, so older reports keep their shape.</summary>
    private static void WriteGenerated(Utf8JsonWriter json, ScanResult scan)
    {
        if (scan.Generated.Count == 0)
        {
            return;
        }

        json.WriteStartArray("generated");
        foreach (var file in scan.Generated)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("kind", file.Kind);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The repository's components (schema 1.3): root, ecosystem, shape, whether production runs it, and what starts it.</summary>
    private static void WriteComponents(Utf8JsonWriter json, ScanResult scan)
    {
        json.WriteStartArray("components");
        foreach (var component in scan.Components)
        {
            json.WriteStartObject();
            json.WriteString("root", component.Root);
            json.WriteString("ecosystem", component.Ecosystem);
            json.WriteString("kind", component.Kind);
            json.WriteBoolean("production", component.Production);
            json.WriteStartArray("entries");
            foreach (var entry in component.Entries)
            {
                json.WriteStartObject();
                json.WriteString("command", entry.Command);
                json.WriteString("declaredIn", entry.DeclaredIn);
                json.WriteNumber("line", entry.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Readiness per area from the evidence alone; percent is null when the evidence decided no control there.</summary>
    private static void WriteAreas(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartArray("areas");
        foreach (var area in report.Areas)
        {
            json.WriteStartObject();
            json.WriteString("area", area.Area.ToString().ToLowerInvariant());
            json.WriteNumber("controls", area.Controls);
            json.WriteNumber("met", area.Met);
            json.WriteNumber("unmet", area.Unmet);
            json.WriteNumber("notApplicable", area.NotApplicable);
            json.WriteNumber("unknown", area.Unknown);
            if (area.Percent is { } percent)
            {
                json.WriteNumber("percent", percent);
            }
            else
            {
                json.WriteNull("percent");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTarget(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject("target");
        json.WriteString("path", report.Target);
        json.WriteBoolean("isGitRepository", report.Scan.Git.IsRepository);
        json.WriteString("head", report.Scan.Git.Head);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ScanResult scan)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("filesScanned", scan.FilesScanned);
        json.WriteNumber("filesPassedOver", scan.Notes.Count);
        if (scan.Generated.Count > 0)
        {
            json.WriteNumber("filesGenerated", scan.Generated.Count);
        }

        json.WriteStartObject("probes");
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            json.WriteNumber(Names.Of(outcome), scan.Probes.Count(p => p.Outcome == outcome));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProbe(Utf8JsonWriter json, ProbeResult probe)
    {
        json.WriteStartObject();
        json.WriteString("id", probe.Probe.Id);
        json.WriteString("title", probe.Probe.Title);
        json.WriteString("ecosystem", probe.Probe.Ecosystem);
        json.WriteString("severity", Names.Of(probe.Probe.Severity));
        json.WriteString("confidence", Names.Of(probe.Probe.Confidence));
        json.WriteString("outcome", Names.Of(probe.Outcome));
        json.WriteString("summary", probe.Summary);
        json.WriteString("remediation", probe.Probe.Remediation);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, ProbeInfo probe, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("probeId", finding.ProbeId);
        json.WriteString("outcome", Names.Of(finding.Outcome));
        json.WriteString("severity", Names.Of(probe.Severity));
        if (finding.Location is { } location)
        {
            json.WriteStartObject("location");
            json.WriteString("path", location.Path);
            json.WriteNumber("line", location.Line);
            json.WriteNumber("column", location.Column);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("location");
        }

        json.WriteString("message", finding.Message);
        json.WriteString("evidence", finding.Evidence);
        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteString("component", finding.Component);
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartObject("suppression");
            json.WriteString("kind", suppression.Kind);
            json.WriteString("justification", suppression.Justification);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("suppression");
        }

        json.WriteEndObject();
    }
}
