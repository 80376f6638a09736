namespace Scanner.Checklist.Matching;

/// <summary>An alias normalized once, at matcher construction, so matching a line is only token comparisons.</summary>
/// <param name="ControlIndex">Position of the owning control in the catalog.</param>
/// <param name="Alias">The alias as written in the catalog, for <see cref="ControlMatch.MatchedBy"/>.</param>
/// <param name="Tokens">The alias's normalized tokens.</param>
internal sealed record AliasPattern(int ControlIndex, string Alias, IReadOnlyList<string> Tokens);
