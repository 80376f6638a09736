namespace Scanner.Checklist.Reconciliation;

/// <summary>A line's claim judged against its verdict (ARCHITECTURE.md §6).</summary>
public enum LineStatus
{
    /// <summary>Claimed done, and the evidence agrees.</summary>
    Confirmed,

    /// <summary>Claimed done, and the evidence says it is not.</summary>
    FalseClaim,

    /// <summary>Not claimed, but the evidence says it is already done.</summary>
    UnclaimedMet,

    /// <summary>Not claimed, and not done (or not provably done).</summary>
    Open,

    /// <summary>Only low-confidence evidence decides it, or a line marked N/A has failing evidence: a person must look.</summary>
    NeedsReview,

    /// <summary>Claimed done, but no probe can tell, or the line is not machine-verifiable.</summary>
    Unverified,

    /// <summary>Nothing in the repository for this control to apply to, or the line is marked N/A.</summary>
    NotApplicable,
}
