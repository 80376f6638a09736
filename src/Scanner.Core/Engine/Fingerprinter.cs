using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scanner.Core.Model;

namespace Scanner.Core.Engine;

/// <summary>
/// Gives each finding an id built from what it is about (probe, file, the evidence line's text) rather than where
/// the line is, so inserting unrelated lines above does not change it; repeats of one line get an ordinal.
/// </summary>
public static class Fingerprinter
{
    public static IReadOnlyList<Finding> Assign(IReadOnlyList<Finding> sorted)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Finding>(sorted.Count);
        foreach (var finding in sorted)
        {
            var anchor = finding.AnchorText is { Length: > 0 } text ? Fold(text) : finding.Message;
            var key = string.Join('\0', finding.ProbeId, finding.Outcome.ToString(), finding.Location?.Path ?? "", anchor);
            var ordinal = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            seen[key] = ordinal;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\0" + ordinal.ToString(CultureInfo.InvariantCulture)));
            result.Add(finding with { Fingerprint = Convert.ToHexStringLower(hash)[..20] });
        }

        return result;
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
