using System.Globalization;
using System.Text.Json;

namespace Scanner.Tests.Support;

/// <summary>
/// What GitHub code scanning checks on a SARIF upload beyond the schema, as its documentation states them: at most
/// 20 runs, 25,000 results (5,000 shown) and 25,000 rules per run, 1,000 locations per result, 20 tags per rule; every
/// result needs a rule id, a message and at least one physical location with a relative URI (a result without one
/// fails the whole upload); security-severity is a number from 0 to 10. Beyond GitHub's own rules, a report must
/// not carry an absolute path of the machine it was made on.
/// </summary>
internal static class GitHubSarifRules
{
    public const int MaxShownResults = 5000;

    public static IReadOnlyList<string> Violations(string sarif, params string[] forbiddenPaths)
    {
        var problems = new List<string>();
        foreach (var path in forbiddenPaths.Where(p => sarif.Contains(p, StringComparison.Ordinal)))
        {
            problems.Add($"the absolute path {path} appears in the report");
        }

        using var doc = JsonDocument.Parse(sarif);
        var runs = doc.RootElement.GetProperty("runs");
        Check(problems, runs.GetArrayLength() is >= 1 and <= 20, $"{runs.GetArrayLength()} runs (1 to 20 allowed)");
        foreach (var run in runs.EnumerateArray())
        {
            CheckRun(problems, run);
        }

        return problems;
    }

    private static void CheckRun(List<string> problems, JsonElement run)
    {
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Check(problems, rules.Count <= 25000, $"{rules.Count} rules");
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString();
            var props = rule.TryGetProperty("properties", out var p) ? p : default;
            if (props.ValueKind == JsonValueKind.Object && props.TryGetProperty("tags", out var tags))
            {
                Check(problems, tags.GetArrayLength() <= 10, $"rule {id}: {tags.GetArrayLength()} tags (GitHub shows 10, rejects above 20)");
            }

            if (props.ValueKind == JsonValueKind.Object && props.TryGetProperty("security-severity", out var severity))
            {
                Check(problems, severity.ValueKind == JsonValueKind.String && double.TryParse(severity.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 10,
                    $"rule {id}: security-severity {severity} is not a number from 0 to 10 in a string");
            }
        }

        Check(problems, run.TryGetProperty("automationDetails", out var automation) && automation.GetProperty("id").GetString() is { Length: > 0 }, "no automationDetails.id");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Check(problems, results.Count <= MaxShownResults, $"{results.Count} results (GitHub shows {MaxShownResults}, rejects above 25,000)");
        var ruleIds = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        foreach (var (result, index) in results.Select((r, i) => (r, i)))
        {
            CheckResult(problems, result, $"result {index}", ruleIds);
        }
    }

    private static void CheckResult(List<string> problems, JsonElement result, string name, List<string?> ruleIds)
    {
        var ruleId = result.TryGetProperty("ruleId", out var r) ? r.GetString() : null;
        Check(problems, ruleId is { Length: > 0 } && ruleIds.Contains(ruleId), $"{name}: rule id '{ruleId}' is not a rule of the run");
        if (result.TryGetProperty("ruleIndex", out var index))
        {
            Check(problems, index.GetInt32() < ruleIds.Count && ruleIds[index.GetInt32()] == ruleId, $"{name}: ruleIndex does not point at {ruleId}");
        }

        Check(problems, result.GetProperty("message").GetProperty("text").GetString() is { Length: > 0 }, $"{name}: empty message");
        var locations = result.TryGetProperty("locations", out var l) ? l.EnumerateArray().ToList() : [];
        Check(problems, locations.Count is >= 1 and <= 1000, $"{name} ({ruleId}): {locations.Count} locations (1 to 1,000 allowed)");
        foreach (var location in locations)
        {
            CheckPhysical(problems, location, $"{name} ({ruleId})", required: true);
        }

        if (result.TryGetProperty("relatedLocations", out var related))
        {
            Check(problems, related.GetArrayLength() <= 1000, $"{name}: {related.GetArrayLength()} related locations");
            foreach (var location in related.EnumerateArray())
            {
                CheckPhysical(problems, location, $"{name} ({ruleId}) related", required: false);
            }
        }
    }

    private static void CheckPhysical(List<string> problems, JsonElement location, string name, bool required)
    {
        if (!location.TryGetProperty("physicalLocation", out var physical))
        {
            Check(problems, !required, $"{name}: a location without a physicalLocation");
            return;
        }

        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "";
        Check(problems, uri.Length > 0 && uri != "." && !uri.StartsWith('/') && !uri.Contains("://", StringComparison.Ordinal) && !uri.EndsWith('/'),
            $"{name}: uri '{uri}' is not a relative file path");
        if (physical.TryGetProperty("region", out var region))
        {
            Check(problems, region.GetProperty("startLine").GetInt32() >= 1, $"{name}: startLine below 1");
        }
    }

    private static void Check(List<string> problems, bool ok, string problem)
    {
        if (!ok)
        {
            problems.Add(problem);
        }
    }
}
