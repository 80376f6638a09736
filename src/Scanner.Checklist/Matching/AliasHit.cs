namespace Scanner.Checklist.Matching;

/// <summary>Where an alias occurs in a line, in tokens.</summary>
internal readonly record struct AliasHit(AliasPattern Pattern, int Start)
{
    public int End => Start + Pattern.Tokens.Count;

    /// <summary>
    /// True when <paramref name="other"/>, a longer phrase of another control, covers this hit: in
    /// "Reduce session timeout", "session timeout" (session management) covers "timeout" (timeouts).
    /// </summary>
    public bool IsShadowedBy(AliasHit other) =>
        other.Pattern.ControlIndex != Pattern.ControlIndex
        && other.Start <= Start && End <= other.End
        && other.Pattern.Tokens.Count > Pattern.Tokens.Count;
}
