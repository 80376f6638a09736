namespace Scanner.Checklist.Parsing;

/// <param name="Symbol">The marker as written, variation selector included.</param>
/// <param name="Rest">The text after the marker, trimmed.</param>
internal sealed record MarkerMatch(MarkerKind Kind, string Symbol, string Rest)
{
    public Claim? Claimed => Kind switch
    {
        MarkerKind.Done => Claim.Done,
        MarkerKind.NotDone => Claim.NotDone,
        MarkerKind.Partial => Claim.Partial,
        _ => null,
    };
}
