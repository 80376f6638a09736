namespace Scanner.Core.Rules;

/// <summary>Where a card's pattern may match: in code only, in comments only, or anywhere (strings included).</summary>
public enum MatchScope
{
    Code,
    Comments,
    Anywhere,
}
