using System.Text.RegularExpressions;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// "Email validation (RFC 5322 compliant)", "dates conform to RFC 3339": the line claims conformance to a standard, not
/// only that a mechanism exists. Probes find the mechanism (a regex, a library rule), not whether it accepts exactly
/// what the standard does, so the part holds the line back (unknown) and never refutes it either.
/// </summary>
public static partial class StandardJudge
{
    public static IReadOnlyList<Qualifier> Judge(string text) =>
        Conformance().Match(text) is { Success: true } m
            ? [new Qualifier("value", m.Value.Trim(), Verdict.Unknown, [], $"'{m.Value.Trim()}' claims conformance to a standard, which the scan does not check: the mechanism found shows only that a check exists") { HoldsLineBack = true }]
            : [];

    [GeneratedRegex(@"\bRFC[ -]?\d{3,5}[ -](?:compliant|compliance|conformant|conforming)\b|\b(?:compliant|complies|compliance|conforms?|conformant|conforming) (?:with|to) (?:the )?RFC[ -]?\d{3,5}\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Conformance();
}
