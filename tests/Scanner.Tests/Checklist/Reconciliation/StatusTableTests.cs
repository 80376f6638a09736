using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;

namespace Scanner.Tests.Checklist.Reconciliation;

/// <summary>One case per cell of the claim × verdict truth table, with and without low-confidence evidence.</summary>
public sealed class StatusTableTests
{
    [TestCase(Claim.Done, Verdict.Met, false, LineStatus.Confirmed)]
    [TestCase(Claim.Done, Verdict.Unmet, false, LineStatus.FalseClaim)]
    [TestCase(Claim.Done, Verdict.Unknown, false, LineStatus.Unverified)]
    [TestCase(Claim.Done, Verdict.NotApplicable, false, LineStatus.NotApplicable)]
    [TestCase(Claim.NotDone, Verdict.Met, false, LineStatus.UnclaimedMet)]
    [TestCase(Claim.NotDone, Verdict.Unmet, false, LineStatus.Open)]
    [TestCase(Claim.NotDone, Verdict.Unknown, false, LineStatus.Open)]
    [TestCase(Claim.NotDone, Verdict.NotApplicable, false, LineStatus.NotApplicable)]
    [TestCase(Claim.Partial, Verdict.Met, false, LineStatus.UnclaimedMet)]
    [TestCase(Claim.Partial, Verdict.Unmet, false, LineStatus.Open)]
    [TestCase(Claim.Partial, Verdict.Unknown, false, LineStatus.Open)]
    [TestCase(Claim.Partial, Verdict.NotApplicable, false, LineStatus.NotApplicable)]
    [TestCase(Claim.NotApplicable, Verdict.Met, false, LineStatus.NotApplicable)]
    [TestCase(Claim.NotApplicable, Verdict.Unmet, false, LineStatus.NeedsReview)]
    [TestCase(Claim.NotApplicable, Verdict.Unknown, false, LineStatus.NotApplicable)]
    [TestCase(Claim.NotApplicable, Verdict.NotApplicable, false, LineStatus.NotApplicable)]
    [TestCase(Claim.Done, Verdict.Met, true, LineStatus.NeedsReview)]
    [TestCase(Claim.Done, Verdict.Unmet, true, LineStatus.NeedsReview)]
    [TestCase(Claim.NotDone, Verdict.Met, true, LineStatus.NeedsReview)]
    [TestCase(Claim.NotDone, Verdict.Unmet, true, LineStatus.NeedsReview)]
    [TestCase(Claim.Done, Verdict.Unknown, true, LineStatus.Unverified)]
    [TestCase(Claim.NotApplicable, Verdict.Unmet, true, LineStatus.NeedsReview)]
    public void StatusOf_ClaimAndVerdict_GivesTheTableCell(Claim claim, Verdict verdict, bool lowConfidenceOnly, LineStatus expected)
    {
        Assert.That(StatusTable.StatusOf(claim, verdict, lowConfidenceOnly), Is.EqualTo(expected));
    }

    [Test]
    public void StatusOf_LowConfidenceEvidence_NeverMakesAFalseClaim()
    {
        foreach (var claim in Enum.GetValues<Claim>())
        {
            foreach (var verdict in Enum.GetValues<Verdict>())
            {
                Assert.That(StatusTable.StatusOf(claim, verdict, lowConfidenceOnly: true), Is.Not.EqualTo(LineStatus.FalseClaim), $"{claim} × {verdict}");
            }
        }
    }
}
