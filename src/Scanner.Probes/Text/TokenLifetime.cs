using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Text;

/// <summary>
/// How long an issued token lives, read from the literal that sets it, so a line's "30-minute expiration" can be
/// held to it: <c>timedelta(days=7)</c>, <c>timedelta(minutes=30)</c>, <c>expiresIn: '15m'</c>, <c>'2h'</c>,
/// <c>3600</c> (seconds), <c>ACCESS_TOKEN_EXPIRE_MINUTES = 30</c>. Anything computed states none.
/// </summary>
public static partial class TokenLifetime
{
    /// <summary>Seconds stated by a Python timedelta(...) or a JS duration ('15m', '7d', "2 hours", 3600), or null.</summary>
    public static double? Seconds(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Timedelta().Match(value) is { Success: true } t)
        {
            return Number(t.Groups["n"].Value) * DurationUnit.Seconds(t.Groups["unit"].Value);
        }

        var text = value.Trim().Trim('\'', '"', '`');
        if (Duration().Match(text) is { Success: true } d)
        {
            return Number(d.Groups["n"].Value) * DurationUnit.Seconds(d.Groups["unit"].Value);
        }

        return Plain().IsMatch(text) ? Number(text) : null;
    }

    /// <summary>Seconds of <paramref name="amount"/> in a unit written as a name suffix (MINUTES, HOURS, DAYS, SECONDS).</summary>
    public static double InUnit(string amount, string unit) => Number(amount) * DurationUnit.Seconds(unit);

    /// <summary>The fact a wired token lifetime is recorded as: subject token-lifetime, attribute seconds.</summary>
    public static Fact Fact(SourceDocument doc, int offset, double seconds) =>
        Core.Model.Fact.Measured("token-lifetime", new SourceLocation(doc.Path, doc.Text.LineOf(offset)), "seconds", seconds);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:datetime\.)?timedelta\(\s*(?<unit>weeks|days|hours|minutes|seconds)\s*=\s*(?<n>\d{1,6}(?:\.\d{1,3})?)\s*\)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TimedeltaCompiled();

    private static Regex Timedelta() => LinearRegex.Pick(TimedeltaCompiled());

    [GeneratedRegex(@"^(?<n>\d{1,6}(?:\.\d{1,3})?)\s?(?<unit>ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DurationCompiled();

    private static Regex Duration() => LinearRegex.Pick(DurationCompiled());

    [GeneratedRegex(@"^\d{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();
}
