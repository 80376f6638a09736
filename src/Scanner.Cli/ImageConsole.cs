using System.Globalization;
using Scanner.Core.Model;
using Scanner.Probes.Runtime;

namespace Scanner.Cli;

/// <summary>The console view of <c>readyscan image</c>: the image's facts (secrets already redacted by the probes), then each probe's verdict.</summary>
internal static class ImageConsole
{
    public static void Write(ImageFacts facts, ScanResult result, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var id = facts.Id.StartsWith("sha256:", StringComparison.Ordinal) && facts.Id.Length > 19 ? facts.Id[..19] : facts.Id;
        output.WriteLine($"ReadyScan {result.ToolVersion}: image {facts.Reference} ({id})");
        output.WriteLine($"  user         {(facts.User.Length == 0 ? "(none: root)" : facts.User)}");
        output.WriteLine($"  healthcheck  {(facts.Healthcheck.Count == 0 ? "(none)" : string.Join(' ', facts.Healthcheck))}");
        output.WriteLine($"  ports        {(facts.ExposedPorts.Count == 0 ? "(none)" : string.Join(", ", facts.ExposedPorts))}");
        output.WriteLine(string.Create(inv, $"  size         {facts.Size / 1024.0 / 1024.0:0.0} MB in {facts.Layers} layer(s)"));
        output.WriteLine(string.Create(inv, $"  environment  {facts.Environment.Count} variable(s)"));
        output.WriteLine();
        foreach (var probe in result.Probes)
        {
            output.WriteLine($"{Label(probe.Outcome)} {probe.Probe.Id} [{probe.Probe.Severity.ToString().ToLowerInvariant()}] {probe.Probe.Title}");
            foreach (var finding in probe.Findings)
            {
                output.WriteLine($"      {finding.Message}");
            }
        }
    }

    private static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Fail => "FAIL ",
        Outcome.Pass => "PASS ",
        Outcome.Inconclusive => "???  ",
        _ => "N/A  ",
    };
}
