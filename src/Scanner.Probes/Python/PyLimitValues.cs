using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// The limits a Python app states, as facts for the checklist judge: Flask-Limiter and slowapi strings
/// (<c>"5 per minute"</c>, <c>"100/hour"</c>, <c>"10 per 15 minutes"</c>) and DRF throttle rates (<c>'anon': '100/day'</c>).
/// </summary>
public static partial class PyLimitValues
{
    public static void Emit(ProbeContext context, SourceDocument doc)
    {
        // Only files about limiting: "3 per day" in a template string is not a limit.
        if (!doc.Content.Contains("limit", StringComparison.OrdinalIgnoreCase) && !doc.Content.Contains("throttl", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (Match m in Rate().Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index + 1) != RegionKind.String)
            {
                continue;
            }

            var every = m.Groups["every"].Success ? double.Parse(m.Groups["every"].Value, CultureInfo.InvariantCulture) : 1;
            var unit = DurationUnit.Seconds(m.Groups["unit"].Value);
            context.Emit(new Fact("", "rate-limit", FactState.Wired)
            {
                Mechanism = "limit string",
                Location = new SourceLocation(doc.Path, doc.Text.LineOf(m.Index)),
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["max"] = m.Groups["max"].Value,
                    ["windowSeconds"] = (every * unit).ToString(CultureInfo.InvariantCulture),
                },
            });
        }
    }

    [GeneratedRegex(@"['""](?<max>\d{1,7})\s*(?:per|/)\s*(?:(?<every>\d{1,5})\s*)?(?<unit>second|minute|hour|day|sec|min|s|m|h|d)s?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RateCompiled();

    private static Regex Rate() => LinearRegex.Pick(RateCompiled());
}
