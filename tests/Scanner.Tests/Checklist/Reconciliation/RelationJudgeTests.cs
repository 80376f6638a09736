using Scanner.Checklist.Reconciliation;

namespace Scanner.Tests.Checklist.Reconciliation;

public sealed class RelationJudgeTests
{
    [TestCase("Tail latency bounded (client timeout < policy timeout)")]
    [TestCase("Access token lifetime shorter than the session lifetime")]
    [TestCase("Idle timeout is less than the absolute timeout")]
    public void Judge_AnOrderBetweenTwoSettings_HoldsTheLineBack(string line)
    {
        var parts = RelationJudge.Judge(line);

        Assert.That(parts, Has.Count.EqualTo(1));
        Assert.That(parts[0], Has.Property("Verdict").EqualTo(Verdict.Unknown).And.Property("HoldsLineBack").True);
    }

    [TestCase("Response time < 200ms")]
    [TestCase("Retries: Timeout -> Retry -> Circuit breaker")]
    [TestCase("Add <meta> description tags")]
    [TestCase("Node.js >= 18 in the Dockerfile")]
    [TestCase("Rate limiting on login")]
    public void Judge_NoOrderBetweenNamedSettings_AddsNothing(string line) =>
        Assert.That(RelationJudge.Judge(line), Is.Empty);
}
