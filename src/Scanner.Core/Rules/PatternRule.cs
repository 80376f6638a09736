using System.Text.RegularExpressions;

namespace Scanner.Core.Rules;

/// <summary>
/// The declarative body of a card: a non-backtracking regex, gated by literal keywords. The regex is checked when
/// the card loads and built the first time a file passes the keyword gate: building one costs tens of
/// milliseconds, which a scan whose files never mention the keywords should not pay.
/// </summary>
public sealed record PatternRule(Lazy<Regex> Compiled, MatchScope In, IReadOnlyList<string> Keywords, string Message, RequireScope Scope)
{
    public Regex Pattern => Compiled.Value;
}
