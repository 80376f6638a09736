using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Scanner.Core.Text;

/// <summary>
/// Builds a regex that runs in time linear in its input, choosing the cheaper engine that guarantees it. A pattern
/// with no unbounded repetition (<c>*</c>, <c>+</c>, <c>{n,}</c>) does bounded work at each start position, so the
/// backtracking interpreter is linear too and costs microseconds to build, where the non-backtracking engine
/// costs milliseconds per pattern (about half a second for the secret catalog). Anything else gets
/// <c>NonBacktracking</c>. Neither needs a timeout, and a timeout would cost a clock read on every match call.
/// The bound per start position grows with the pattern (nested bounded loops multiply), so this is for vetted
/// patterns such as the embedded secret catalog; users' card patterns always get <c>NonBacktracking</c>.
/// </summary>
public static class LinearRegex
{
    /// <summary>The match timeout of patterns compiled at build time that <see cref="Pick"/> guards.</summary>
    public const int CompiledTimeoutMilliseconds = 1000;

    private static readonly AsyncLocal<bool> SafeMode = new();
    private static readonly ConditionalWeakTable<Regex, Regex> Twins = [];

    /// <summary>
    /// A probe's pattern with unbounded repetition, compiled at build time: building it costs nothing, where a
    /// non-backtracking automaton costs about 5 ms. In safe mode (<see cref="InSafeMode{T}"/>) it is swapped for its
    /// non-backtracking twin, which finds the same matches in time linear in any input.
    /// </summary>
    public static Regex Pick(Regex compiled) => SafeMode.Value ? Twin(compiled) : compiled;

    /// <summary>
    /// The non-backtracking regex of the same pattern, built once per regex: the same matches, linear in any input. A
    /// pattern that engine cannot express (a lookaround) is its own twin: it runs past its timeout again, and the
    /// engine reports the probe's time budget instead of the probe failing on an engine it cannot use.
    /// </summary>
    public static Regex Twin(Regex compiled) =>
        Twins.GetValue(compiled, r => NonBacktrackingCheck.Unsupported(r.ToString()) is null ? new Regex(r.ToString(), r.Options | RegexOptions.NonBacktracking) : r);

    /// <summary>
    /// The longest text a pattern compiled with a match timeout runs on compiled when it is shared by every scan
    /// (<see cref="Matches"/>, the secret kinds): backtracking's worst case grows with a power of the length, and up
    /// to here it stays well under a second even on hostile text, where the non-backtracking twin costs milliseconds
    /// to build.
    /// </summary>
    public const int ShortText = 1024;

    /// <summary>
    /// The matches of <paramref name="compiled"/> (compiled at build time with a match timeout) in
    /// <paramref name="text"/>: compiled on short text, on its non-backtracking twin on longer text or when the
    /// compiled one times out. Both find the same matches, so short report messages and evidence lines never pay
    /// for building the twin.
    /// </summary>
    public static List<Match> Matches(Regex compiled, string text)
    {
        if (compiled.MatchTimeout == Regex.InfiniteMatchTimeout || text.Length <= ShortText)
        {
            try
            {
                return compiled.Matches(text).ToList();
            }
            catch (RegexMatchTimeoutException)
            {
                // Hostile short text: the twin below finds the same matches in linear time.
            }
        }

        return Twin(compiled).Matches(text).ToList();
    }

    /// <summary>Runs <paramref name="run"/> with every <see cref="Pick"/>ed pattern on its non-backtracking twin.</summary>
    public static T InSafeMode<T>(Func<T> run)
    {
        var was = SafeMode.Value;
        SafeMode.Value = true;
        try
        {
            return run();
        }
        finally
        {
            SafeMode.Value = was;
        }
    }

    /// <param name="options">Options apart from the engine; <c>NonBacktracking</c> is added when needed.</param>
    public static Regex Build(string pattern, RegexOptions options) =>
        HasUnboundedRepetition(pattern)
            ? new Regex(pattern, options | RegexOptions.NonBacktracking)
            : new Regex(pattern, options & ~RegexOptions.NonBacktracking);

    /// <summary>Whether a quantifier outside character classes lets the pattern repeat without bound.</summary>
    public static bool HasUnboundedRepetition(string pattern) =>
        RegexSyntax.Structure(pattern).Any(t => !t.Escaped && (pattern[t.Index] is '*' or '+' || (pattern[t.Index] == '{' && OpenRange(pattern, t.Index))));

    /// <summary><c>{n,}</c> at <paramref name="at"/>: a lower bound and no upper one.</summary>
    private static bool OpenRange(string pattern, int at)
    {
        var close = pattern.IndexOf('}', at);
        if (close < 0)
        {
            return false;
        }

        var body = pattern.AsSpan(at + 1, close - at - 1);
        var comma = body.IndexOf(',');
        return comma > 0 && comma == body.Length - 1 && int.TryParse(body[..comma], out _);
    }
}
