using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Tests.Core.Engine;

public sealed class AggregatorTests
{
    [TestCase(new[] { Outcome.Pass, Outcome.Fail, Outcome.Inconclusive }, Outcome.Fail)]
    [TestCase(new[] { Outcome.Pass, Outcome.Inconclusive, Outcome.NotApplicable }, Outcome.Pass)]
    [TestCase(new[] { Outcome.Inconclusive, Outcome.NotApplicable }, Outcome.Inconclusive)]
    [TestCase(new[] { Outcome.NotApplicable }, Outcome.NotApplicable)]
    [TestCase(new Outcome[0], Outcome.NotApplicable)]
    public void Aggregate_Outcomes_FollowsPrecedence(Outcome[] outcomes, Outcome expected)
    {
        var findings = outcomes.Select(o => new Finding("p", o, "m"));

        Assert.That(Aggregator.Aggregate(findings), Is.EqualTo(expected));
    }

    [Test]
    public void Aggregate_OnlySuppressedFailures_DoesNotFail()
    {
        var findings = new[]
        {
            new Finding("p", Outcome.Fail, "m", Suppression: new Suppression("inline", "accepted risk", null)),
            new Finding("p", Outcome.Pass, "m"),
        };

        Assert.That(Aggregator.Aggregate(findings), Is.EqualTo(Outcome.Pass));
    }
}
