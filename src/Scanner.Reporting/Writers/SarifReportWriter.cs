using System.Text.Json;
using Scanner.Reporting.Model;
using Scanner.Reporting.Safety;

namespace Scanner.Reporting.Writers;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: one run whose rules are the probe cards (plus the checklist rules), with a
/// result per failing finding and per false checklist claim. Passing, inconclusive and not-applicable findings are
/// written only when asked (<see cref="ReportOptions.SarifPasses"/>), since code-scanning UIs list every result.
/// Nothing machine- or time-dependent is written, so the same scan gives the same bytes.
/// </summary>
public sealed class SarifReportWriter(ReportOptions options) : IReportWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The base every artifact URI is relative to: the scanned directory.</summary>
    public const string SourceRoot = "%SRCROOT%";

    public SarifReportWriter()
        : this(ReportOptions.Default)
    {
    }

    public string Format => "sarif";

    /// <summary>
    /// The run's category for code scanning (<c>automationDetails.id</c>, "category/run"): one ReadyScan analysis
    /// per repository, so a new upload replaces the previous one's alerts instead of adding to them.
    /// </summary>
    public const string AutomationId = "readyscan/";

    public void Write(ScanReport report, TextWriter output) => JsonText.Write(output, json =>
    {
        report = ShareablePaths.Apply(report);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        WriteRun(json, report);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private void WriteRun(Utf8JsonWriter json, ScanReport report)
    {
        var rules = SarifRules.For(report);
        var budget = SarifBudget.Plan(report, options.SarifPasses, options.SarifMaxResults);
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "ReadyScan");
        json.WriteString("version", report.Scan.ToolVersion);
        json.WriteString("semanticVersion", report.Scan.ToolVersion);
        SarifRules.Write(json, report, rules);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteStartObject("description");
        json.WriteString("text", "The scanned directory; every result path is relative to it.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("automationDetails");
        json.WriteString("id", AutomationId);
        json.WriteEndObject();
        SarifNotifications.Write(json, report, budget);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        SarifResults.WriteFindings(json, report, rules, options.SarifPasses, budget);
        SarifChecklist.Write(json, report, rules, budget);
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("target", report.Target);
        json.WriteString("head", report.Scan.Git.Head);
        json.WriteNumber("filesScanned", report.Scan.FilesScanned);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
