using System.Reflection;
using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Text;

/// <summary>
/// Every source-generated regex is safe on hostile input, on the cheapest engine that makes it so: a pattern with
/// unbounded repetition needs <c>NonBacktracking</c>, or a match timeout where the engine cannot express it
/// (lookarounds) or the input is a short identifier; one without does bounded work per start position, so it is
/// compiled at build time instead of paying the non-backtracking build (about 5 ms per pattern) at run time.
/// </summary>
public sealed class RegexEngineTests
{
    public static IEnumerable<TestCaseData> GeneratedRegexes() =>
        new[] { typeof(LinearRegex), typeof(Scanner.Probes.DefaultProbes), typeof(Scanner.Checklist.Claims.PackageClaims), typeof(Scanner.Reporting.Model.ScanReport) }
            .Select(t => t.Assembly)
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<GeneratedRegexAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => new TestCaseData(x.Attribute!.Pattern, x.Attribute.Options, x.Attribute.MatchTimeoutMilliseconds).SetName($"GeneratedRegex_{x.Method.DeclaringType!.Name}_{x.Method.Name}_IsLinear"));

    [TestCaseSource(nameof(GeneratedRegexes))]
    public void GeneratedRegex_Pattern_UsesTheEngineThatKeepsItSafe(string pattern, RegexOptions options, int timeoutMilliseconds)
    {
        var nonBacktracking = options.HasFlag(RegexOptions.NonBacktracking);

        if (LinearRegex.HasUnboundedRepetition(pattern))
        {
            Assert.That(nonBacktracking || timeoutMilliseconds > 0, "unbounded repetition: add RegexOptions.NonBacktracking (or a timeout if it cannot express the pattern)");
        }
        else
        {
            Assert.That(nonBacktracking, Is.False, "bounded pattern: drop NonBacktracking, the generated code is linear and costs nothing to build");
        }

        // LinearRegex.Pick swaps a pattern with this timeout for its non-backtracking twin when a probe times out:
        // the twin must be buildable (no lookarounds, backreferences or atomic groups), or the rerun itself fails.
        if (timeoutMilliseconds == LinearRegex.CompiledTimeoutMilliseconds)
        {
            Assert.DoesNotThrow(() => _ = new Regex(pattern, options | RegexOptions.NonBacktracking),
                "a pattern LinearRegex.Pick may swap must be expressible without backtracking: drop the lookaround, or bound the pattern and drop the timeout");
        }
    }
}
