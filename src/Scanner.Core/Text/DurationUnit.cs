namespace Scanner.Core.Text;

/// <summary>
/// Seconds in a time unit as configurations and checklists write it: <c>ms</c>, <c>s</c>/<c>sec</c>/<c>seconds</c>,
/// <c>m</c>/<c>min</c>/<c>minutes</c>, <c>h</c>/<c>hrs</c>/<c>hours</c>, <c>d</c>/<c>days</c>, <c>w</c>/<c>weeks</c>.
/// One table for limiter windows, token lifetimes and the durations a checklist line states, so they compare.
/// </summary>
public static class DurationUnit
{
    /// <summary>Seconds in one <paramref name="unit"/>, read from its first letter ("ms" apart); 1 for anything else.</summary>
    public static double Seconds(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.StartsWith("ms", StringComparison.OrdinalIgnoreCase))
        {
            return 0.001;
        }

        return unit.Length == 0 ? 1 : char.ToLowerInvariant(unit[0]) switch
        {
            'm' => 60,
            'h' => 3600,
            'd' => 86400,
            'w' => 604800,
            _ => 1,
        };
    }
}
