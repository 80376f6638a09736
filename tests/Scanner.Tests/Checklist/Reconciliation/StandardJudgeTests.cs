using Scanner.Checklist.Reconciliation;

namespace Scanner.Tests.Checklist.Reconciliation;

public sealed class StandardJudgeTests
{
    [TestCase("Email validation (RFC 5322 compliant)")]
    [TestCase("Timestamps conform to RFC 3339")]
    [TestCase("Problem responses compliant with RFC-7807")]
    public void Judge_ConformanceToAStandard_HoldsTheLineBack(string line)
    {
        var parts = StandardJudge.Judge(line);

        Assert.That(parts, Has.Count.EqualTo(1));
        Assert.That(parts[0], Has.Property("Verdict").EqualTo(Verdict.Unknown).And.Property("HoldsLineBack").True);
    }

    [TestCase("Email validation with regex")]
    [TestCase("OAuth 2.0 authorization code flow (RFC 6749)")]
    [TestCase("GDPR compliant cookie banner")]
    public void Judge_NoConformanceClaimed_AddsNothing(string line) =>
        Assert.That(StandardJudge.Judge(line), Is.Empty);
}
