using System.Text.RegularExpressions;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// "Client timeout &lt; policy timeout", "access token lifetime shorter than the session": the line states an order
/// between two settings, not that either exists. Probes find the settings, not how they compare, so the mechanism
/// found cannot confirm the line: the part holds it back (unknown), and never refutes it either.
/// </summary>
public static partial class RelationJudge
{
    public static IReadOnlyList<Qualifier> Judge(string text) =>
        Relation().Match(text) is { Success: true } m
            ? [new Qualifier("value", m.Value.Trim(), Verdict.Unknown, [], $"'{m.Value.Trim()}' states an order between two settings, which the scan does not compare") { HoldsLineBack = true }]
            : [];

    // Two named things (words, not numbers) on either side of a spaced <, >, <=, >= or "shorter/longer/less/greater than";
    // an arrow (a -> b) or a tag (<meta>) is not an order.
    [GeneratedRegex(@"\b[A-Za-z][\w-]{1,30}(?: [A-Za-z][\w-]{1,30}){0,2}(?: {1,2}(?:<=?|>=?) {1,2}| (?:is |are )?(?:shorter|longer|less|lower|greater|higher|smaller|larger) than )(?:the |a |an )?[A-Za-z][\w-]{1,30}(?: [A-Za-z][\w-]{1,30}){0,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Relation();
}
