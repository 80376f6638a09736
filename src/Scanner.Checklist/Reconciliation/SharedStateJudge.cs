using System.Text.RegularExpressions;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// "Distributed rate limiting", "sessions shared across instances": the line asks where the mechanism keeps its
/// state, a store every instance shares, which no probe reads (a limiter's counters, a session store). The
/// mechanism found in code cannot confirm that part, so it holds the line back: unknown, never met on the
/// mechanism alone, and never refuted by it either.
/// </summary>
public static partial class SharedStateJudge
{
    public static IReadOnlyList<Qualifier> Judge(string text) =>
        Shared().Match(text) is { Success: true } m
            ? [new Qualifier("shared-state", m.Value, Verdict.Unknown, [], $"'{m.Value}' asks for state every instance shares, which the scan cannot see in the code's mechanism") { HoldsLineBack = true }]
            : [];

    [GeneratedRegex(@"\b(?:distributed|multi-instance|multi instance|multiple instances|across (?:all )?instances|shared by all instances|cluster-wide|across (?:all )?(?:nodes|replicas|pods|servers))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shared();
}
