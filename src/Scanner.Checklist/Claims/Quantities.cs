using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Checklist.Claims;

/// <summary>
/// Reads the rates and sizes a line states: "100 requests per 15 minutes", "5 attempts/minute", "100/15min",
/// "1000 req/hour"; "10MB", "5 MB", "512kb". Sizes use the binary units Node's and Python's parsers use (1 MB =
/// 1,048,576 bytes); comparisons allow a few percent, so "10MB" also matches 10,000,000. Lengths: "12+ chars",
/// "at least 8 characters", "12-character", "minimum length of 10".
/// </summary>
public static partial class Quantities
{
    public static IReadOnlyList<Quantity> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Quantity>();
        foreach (Match m in Rate().Matches(text))
        {
            var every = m.Groups["every"].Success ? double.Parse(m.Groups["every"].Value, CultureInfo.InvariantCulture) : 1;
            var amount = double.Parse(m.Groups["max"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            found.Add(new Quantity(m.Value.Trim(), Amount: amount, Seconds: every * DurationUnit.Seconds(m.Groups["unit"].Value)));
        }

        foreach (Match m in Size().Matches(text))
        {
            var scale = char.ToLowerInvariant(m.Groups["unit"].Value[0]) switch { 'k' => 1024d, 'm' => 1024d * 1024, _ => 1024d * 1024 * 1024 };
            found.Add(new Quantity(m.Value.Trim(), Bytes: double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * scale));
        }

        foreach (Match m in Duration().Matches(text))
        {
            found.Add(new Quantity(m.Value.Trim(), Lifetime: double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * DurationUnit.Seconds(m.Groups["unit"].Value)));
        }

        foreach (Match m in Length().Matches(text))
        {
            found.Add(new Quantity(m.Value.Trim(), Characters: int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
        }

        return found;
    }

    /// <summary>Whether two numbers are the same claim: equal within 5 % (10 MB and 10,000,000 bytes).</summary>
    public static bool Same(double a, double b) => Math.Abs(a - b) <= 0.05 * Math.Max(Math.Abs(a), Math.Abs(b));

    [GeneratedRegex(@"\b(?<max>\d{1,3}(?:,\d{3})+|\d{1,7})\s*(?:(?:login\s+)?(?:requests?|reqs?|attempts?|calls?|hits?|tries|submissions?|messages?)\s*)?(?:per|/|every)\s*(?:(?<every>\d{1,5})\s*-?\s*)?(?<unit>ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\b(?<n>\d{1,4})\s?-?\s?(?<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?<n>\d{1,3})\s?\+?\s?-?\s?(?:chars?|characters?)\b|\bmin(?:imum)?\.?\s+(?:password\s+)?length(?:\s+of)?\s*:?\s*(?<n>\d{1,3})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Length();

    [GeneratedRegex(@"\b(?<n>\d{1,5}(?:\.\d{1,2})?)\s?(?<unit>kb|mb|gb|kib|mib|gib)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Size();
}
