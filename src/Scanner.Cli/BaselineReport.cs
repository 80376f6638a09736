using System.Text.Json;
using Scanner.Core.Workspaces;

namespace Scanner.Cli;

/// <summary>Reads the fingerprints of the failures in a previous JSON report (<c>--baseline</c>).</summary>
internal static class BaselineReport
{
    // A previous report of a big scan runs to hundreds of megabytes; the bound only keeps a device or a runaway file out.
    private const long MaxBaselineSize = 512L * 1024 * 1024;

    public static HashSet<string>? Load(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"--baseline {path}: no such file");
        }

        try
        {
            var (text, refusal) = GuardedFile.ReadText(path, MaxBaselineSize);
            using var json = JsonDocument.Parse(text ?? throw new UsageException($"--baseline {path}: {refusal}"));
            if (!json.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new UsageException($"--baseline {path}: not a ReadyScan JSON report (no findings array)");
            }

            return findings.EnumerateArray()
                .Where(f => f.TryGetProperty("outcome", out var o) && o.GetString() == "fail")
                .Select(f => f.TryGetProperty("fingerprint", out var p) ? p.GetString() : null)
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new UsageException($"--baseline {path}: not valid JSON ({e.Message})", e);
        }
    }
}
