using Scanner.Checklist.Text;

namespace Scanner.Checklist.Parsing;

/// <summary>A line whose own words deny its claim: a ticked box that says "(needs implementation)".</summary>
public sealed record SelfContradiction(string File, int Line, string Text, string Phrase)
{
    /// <summary>The claim the words contradict: Done for most, NotDone for an open box saying "already implemented".</summary>
    public Claim Claimed { get; init; } = Claim.Done;

    /// <summary>Stable identity from the file and the line's text, not its number.</summary>
    public string Fingerprint => StableId.Of("checklist-self-contradiction", File, Text);
}
