using Scanner.Checklist.Reconciliation;

namespace Scanner.Tests.Checklist.Reconciliation;

public sealed class SharedStateJudgeTests
{
    [TestCase("Distributed rate limiting (multi-instance)", "Distributed")]
    [TestCase("Sessions shared across instances", "across instances")]
    [TestCase("Cache consistent across all pods", "across all pods")]
    public void Judge_LineAskingForSharedState_HoldsTheLineBack(string text, string part)
    {
        var qualifier = SharedStateJudge.Judge(text).Single();

        Assert.That((qualifier.Text, qualifier.Verdict, qualifier.HoldsLineBack), Is.EqualTo((part, Verdict.Unknown, true)));
    }

    [TestCase("Rate limiting on login")]
    [TestCase("Distribution builds signed")]
    public void Judge_LineWithoutSharedState_GivesNothing(string text) =>
        Assert.That(SharedStateJudge.Judge(text), Is.Empty);
}
