using System.Text.Json;
using Scanner.Core.Model;

namespace Scanner.Tests.Hostile;

/// <summary>A scan of a hostile tree as a user receives it: the exit code, the JSON report's notes and findings.</summary>
internal sealed record HostileReport(int ExitCode, IReadOnlyList<ScanNote> Notes, IReadOnlyList<ReportedFinding> Findings, string Stderr)
{
    public int FilesScanned { get; init; }

    public int FalseClaims { get; init; }

    public static HostileReport Parse(int exitCode, string json, string stderr)
    {
        Assert.That(json, Does.StartWith("{"), $"no JSON report (exit {exitCode}): {stderr}");
        using var doc = JsonDocument.Parse(json);
        var notes = doc.RootElement.GetProperty("notes").EnumerateArray()
            .Select(n => new ScanNote(n.GetProperty("path").GetString()!, n.GetProperty("kind").GetString()!, n.GetProperty("message").GetString()!))
            .ToList();
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().Select(Finding).ToList();
        return new HostileReport(exitCode, notes, findings, stderr)
        {
            FilesScanned = doc.RootElement.GetProperty("summary").GetProperty("filesScanned").GetInt32(),
            FalseClaims = doc.RootElement.GetProperty("checklistSummary").GetProperty("false-claim").GetInt32(),
        };
    }

    /// <summary>The note the report carries for a path, or null.</summary>
    public ScanNote? NoteFor(string path) => Notes.FirstOrDefault(n => n.Path == path);

    public IEnumerable<ReportedFinding> At(string path) => Findings.Where(f => f.Path == path);

    /// <summary>
    /// No crash (exit 0 or 1, no internal error) and the rest of the scan intact: the console call planted in
    /// src/ok.js and the fake key planted in src/keys.js are still reported.
    /// </summary>
    public void AssertRestIntact()
    {
        Assert.That(ExitCode, Is.EqualTo(0).Or.EqualTo(1), Stderr);
        Assert.That(Stderr, Does.Not.Contain("internal error"));
        Assert.That(At(HostileTarget.ConsolePath).Where(f => f.ProbeId == "js-no-console-log").Select(f => f.Outcome), Does.Contain("fail"));
        Assert.That(At(HostileTarget.SecretPath).Where(f => f.ProbeId == "secrets-none-hardcoded").Select(f => f.Outcome), Does.Contain("fail"));
    }

    private static ReportedFinding Finding(JsonElement f)
    {
        var location = f.GetProperty("location");
        var hasLocation = location.ValueKind == JsonValueKind.Object;
        return new ReportedFinding(
            f.GetProperty("probeId").GetString()!,
            f.GetProperty("outcome").GetString()!,
            hasLocation ? location.GetProperty("path").GetString() : null,
            hasLocation ? location.GetProperty("line").GetInt32() : 0,
            f.GetProperty("message").GetString()!);
    }
}
