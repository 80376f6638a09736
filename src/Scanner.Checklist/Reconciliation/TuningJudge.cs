using System.Text.RegularExpressions;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// "Graceful shutdown tuning", "ETag scope tuned for the API": the line asks for a mechanism adjusted to the app, not
/// for the mechanism. Probes find the mechanism and its defaults, not whether anyone chose its values for a reason, so
/// the part holds the line back (unknown) and never refutes it either.
/// </summary>
public static partial class TuningJudge
{
    public static IReadOnlyList<Qualifier> Judge(string text) =>
        Tuning().Match(text) is { Success: true } m
            ? [new Qualifier("value", m.Value.Trim(), Verdict.Unknown, [], $"'{m.Value.Trim()}' asks for values chosen for this app, which the scan cannot tell from the mechanism or its defaults") { HoldsLineBack = true }]
            : [];

    [GeneratedRegex(@"\b(?:fine[- ]?)?(?:tuning|tuned|tune)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tuning();
}
