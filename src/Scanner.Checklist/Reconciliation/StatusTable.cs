using Scanner.Checklist.Parsing;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// The truth table: claim × verdict → status. Low-confidence evidence can ask for review but never makes a false
/// claim (nor confirms or credits one).
/// </summary>
public static class StatusTable
{
    public static LineStatus StatusOf(Claim claim, Verdict verdict, bool lowConfidenceOnly) => (claim, verdict) switch
    {
        (_, Verdict.Met or Verdict.Unmet) when lowConfidenceOnly && claim != Claim.NotApplicable => LineStatus.NeedsReview,
        (Claim.Done, Verdict.Met) => LineStatus.Confirmed,
        (Claim.Done, Verdict.Unmet) => LineStatus.FalseClaim,
        (Claim.Done, Verdict.Unknown) => LineStatus.Unverified,
        (Claim.NotDone or Claim.Partial, Verdict.Met) => LineStatus.UnclaimedMet,
        (Claim.NotDone or Claim.Partial, Verdict.Unmet or Verdict.Unknown) => LineStatus.Open,
        (Claim.NotApplicable, Verdict.Unmet) => LineStatus.NeedsReview,
        _ => LineStatus.NotApplicable,
    };
}
