using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Probes.Text;

/// <summary>
/// The timeout settings written in a client's options, in any of the stacks' spellings (<c>timeout: 5000</c>,
/// <c>timeout=(3.05, 27)</c>, <c>Timeout = TimeSpan.FromSeconds(30)</c>, <c>AbortSignal.timeout(8000)</c>), so the
/// evidence carries the configured numbers; and the spellings that switch the timeout off.
/// </summary>
public static partial class TimeoutValues
{
    /// <summary>"timeout: 5000; connectTimeout: 2000", or null when the text sets no timeout.</summary>
    public static string? Describe(string options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IgnoreCaseSearch.Contains(options, "timeout") || Disabled().IsMatch(options))
        {
            return null;
        }

        var found = Setting().Matches(options).Select(m => Snippet.Of(m.Value.TrimEnd(), 64)).Distinct(StringComparer.Ordinal).Take(3).ToList();
        return found.Count == 0 ? null : string.Join("; ", found);
    }

    /// <summary>True when the options switch the timeout off (<c>timeout: 0</c>, <c>timeout=None</c>, an infinite TimeSpan).</summary>
    public static bool IsDisabled(string options) => Disabled().IsMatch(options);

    [GeneratedRegex(@"\b(?:\w{1,40}\.)?\w{0,40}(?:[Tt]imeout|TIMEOUT)\w{0,40}(?:<[\w.<>, ]{1,80}>)?\s{0,8}(?:\((?:[^()\n]|\([^()\n]{0,40}\)){0,60}\)|[:=]\s{0,8}(?:\([^()\n]{0,60}\)|[^,;\n}()]){1,48})", RegexOptions.CultureInvariant)]
    private static partial Regex SettingCompiled();
    private static Regex Setting() => SettingCompiled();

    [GeneratedRegex(@"\b[Tt]imeout\s*[:=]\s*(?:0|false|None|null|undefined|Infinity|Timeout\.InfiniteTimeSpan|System\.Threading\.Timeout\.InfiniteTimeSpan)\s*(?:[,)}\n;]|$)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DisabledCompiled();
    private static Regex Disabled() => LinearRegex.Pick(DisabledCompiled());
}
