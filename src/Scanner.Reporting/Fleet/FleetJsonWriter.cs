using System.Text.Json;
using Scanner.Core.Model;
using Scanner.Reporting.Writers;

namespace Scanner.Reporting.Fleet;

/// <summary>The fleet report for machines: fixed property order, nothing time- or machine-dependent.</summary>
internal static class FleetJsonWriter
{
    public const string SchemaVersion = "fleet-1";

    public static void Write(FleetReport report, TextWriter output) => JsonText.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteNumber("repositories", report.Repositories.Count);
        json.WriteNumber("scanned", report.Scanned);
        json.WriteNumber("falseClaims", report.FalseClaims);
        WriteSeverities(json, "failingProbes", report.FailingAt);
        json.WriteStartArray("mostCommonFailures");
        foreach (var failure in report.MostCommon)
        {
            WriteFailure(json, failure, withCount: true);
        }

        json.WriteEndArray();
        json.WriteStartArray("worstRepositories");
        foreach (var repository in report.Worst)
        {
            json.WriteStringValue(repository.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("perRepository");
        foreach (var repository in report.Repositories)
        {
            WriteRepository(json, repository);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteRepository(Utf8JsonWriter json, FleetRepository repository)
    {
        json.WriteStartObject();
        json.WriteString("repository", repository.Name);
        if (repository.Error is { } error)
        {
            json.WriteString("error", error);
            json.WriteEndObject();
            return;
        }

        json.WriteNumber("falseClaims", repository.FalseClaims);
        WriteSeverities(json, "failingProbes", repository.FailingAt);
        json.WriteStartArray("readiness");
        foreach (var area in repository.Areas)
        {
            json.WriteStartObject();
            json.WriteString("area", area.Area);
            if (area.Percent is { } percent)
            {
                json.WriteNumber("percent", percent);
            }
            else
            {
                json.WriteNull("percent");
            }

            json.WriteNumber("met", area.Met);
            json.WriteNumber("unmet", area.Unmet);
            json.WriteNumber("unknown", area.Unknown);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("failing");
        foreach (var failure in repository.Failing)
        {
            WriteFailure(json, failure, withCount: false);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFailure(Utf8JsonWriter json, FleetFailure failure, bool withCount)
    {
        json.WriteStartObject();
        json.WriteString("probe", failure.ProbeId);
        json.WriteString("title", failure.Title);
        json.WriteString("severity", failure.Severity.ToString().ToLowerInvariant());
        if (withCount)
        {
            json.WriteNumber("repositories", failure.Repositories);
        }

        json.WriteEndObject();
    }

    private static void WriteSeverities(Utf8JsonWriter json, string name, Func<Severity, int> count)
    {
        json.WriteStartObject(name);
        foreach (var severity in FleetReport.Severities)
        {
            json.WriteNumber(severity.ToString().ToLowerInvariant(), count(severity));
        }

        json.WriteEndObject();
    }
}
