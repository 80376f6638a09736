using System.Text.RegularExpressions;

namespace Scanner.Core.Rules;

/// <summary>The declarative body of a card: a non-backtracking regex, gated by literal keywords.</summary>
public sealed record PatternRule(Regex Pattern, MatchScope In, IReadOnlyList<string> Keywords, string Message, RequireScope Scope);
