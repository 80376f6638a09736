using Scanner.Checklist.Controls;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;

namespace Scanner.Tests.Checklist.Reconciliation;

public sealed class ControlJudgeTests
{
    private static readonly Control RateLimiting = new("rate-limiting", "Rate limiting", ControlArea.Security, ["rate limit"], [], ["probe-a", "probe-b"], ["probe-a"], false);

    [Test]
    public void Judge_RefutingProbeFails_IsUnmetWithItsFailures()
    {
        var probes = Results(("probe-a", Outcome.Fail, Confidence.High), ("probe-b", Outcome.Pass, Confidence.High));

        var judgement = ControlJudge.Judge(RateLimiting, probes);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unmet));
        Assert.That(judgement.Evidence.Select(e => (e.ProbeId, e.Outcome, e.Path, e.Line)), Is.EqualTo(new[] { ("probe-a", Outcome.Fail, "src/app.js", 7) }));
        Assert.That(judgement.Reason, Does.StartWith("refuted by probe-a"));
    }

    [Test]
    public void Judge_ConfirmingProbePasses_IsMet()
    {
        var judgement = ControlJudge.Judge(RateLimiting, Results(("probe-a", Outcome.NotApplicable, Confidence.High), ("probe-b", Outcome.Pass, Confidence.High)));

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Met));
        Assert.That(judgement.Evidence.Single().Outcome, Is.EqualTo(Outcome.Pass));
        Assert.That(judgement.LowConfidenceOnly, Is.False);
    }

    [Test]
    public void Judge_OnlyLowConfidenceProbesDecide_IsFlaggedLowConfidence()
    {
        var judgement = ControlJudge.Judge(RateLimiting, Results(("probe-a", Outcome.Fail, Confidence.Low), ("probe-b", Outcome.Pass, Confidence.High)));

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unmet));
        Assert.That(judgement.LowConfidenceOnly, Is.True);
    }

    [Test]
    public void Judge_HighConfidenceProbeFailsOnlyWithLowConfidenceFindings_IsFlaggedLowConfidence()
    {
        var probes = Results(("probe-a", Outcome.Fail, Confidence.High), ("probe-b", Outcome.Pass, Confidence.High));
        var a = probes["probe-a"];
        probes["probe-a"] = a with { Findings = [a.Findings[0] with { Confidence = Confidence.Low }] };

        var judgement = ControlJudge.Judge(RateLimiting, probes);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unmet));
        Assert.That(judgement.LowConfidenceOnly, Is.True, "a secret found only in test code asks for review, it does not refute");
        Assert.That(StatusTable.StatusOf(Scanner.Checklist.Parsing.Claim.Done, judgement.Verdict, judgement.LowConfidenceOnly), Is.EqualTo(LineStatus.NeedsReview));
    }

    [Test]
    public void Judge_OneHighConfidenceFailureAmongLowOnes_IsNotLowConfidence()
    {
        var probes = Results(("probe-a", Outcome.Fail, Confidence.High), ("probe-b", Outcome.Pass, Confidence.High));
        var a = probes["probe-a"];
        probes["probe-a"] = a with { Findings = [a.Findings[0] with { Confidence = Confidence.Low }, a.Findings[0] with { Message = "in src" }] };

        var judgement = ControlJudge.Judge(RateLimiting, probes);

        Assert.That(judgement.LowConfidenceOnly, Is.False);
    }

    [TestCase(Outcome.NotApplicable, Outcome.NotApplicable, Verdict.NotApplicable)]
    [TestCase(Outcome.Inconclusive, Outcome.NotApplicable, Verdict.Unknown)]
    [TestCase(Outcome.Pass, Outcome.Fail, Verdict.Met)]
    public void Judge_OtherOutcomes_GiveVerdict(Outcome a, Outcome b, Verdict expected)
    {
        var judgement = ControlJudge.Judge(RateLimiting, Results(("probe-a", a, Confidence.High), ("probe-b", b, Confidence.High)));

        Assert.That(judgement.Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void Judge_OnlyConfirmingProbesFoundNothing_IsUnknownNotNotApplicable()
    {
        var control = RateLimiting with { RefutedBy = [] };

        var judgement = ControlJudge.Judge(control, Results(("probe-a", Outcome.NotApplicable, Confidence.High), ("probe-b", Outcome.NotApplicable, Confidence.High)));

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unknown));
        Assert.That(judgement.Reason, Does.StartWith("no evidence either way"));
    }

    [Test]
    public void Judge_ControlWithoutProbes_IsUnknownAndSaysSo()
    {
        var control = RateLimiting with { ConfirmedBy = [], RefutedBy = [] };

        var judgement = ControlJudge.Judge(control, Results());

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unknown));
        Assert.That(judgement.Reason, Is.EqualTo("no probe checks this control yet"));
    }

    [Test]
    public void Judge_ProbesNotRun_IsUnknown()
    {
        var judgement = ControlJudge.Judge(RateLimiting, Results());

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unknown));
        Assert.That(judgement.Reason, Does.StartWith("its probes did not run"));
    }

    [Test]
    public void Judge_SufficientProbePassesWhileAnotherLayerFails_IsMetAndSaysWhy()
    {
        var compression = new Control("compression", "Compression", ControlArea.Performance, ["gzip"], [], ["proxy", "app"], ["app"], false, ["proxy"]);

        var judgement = ControlJudge.Judge(compression, Results(("proxy", Outcome.Pass, Confidence.High), ("app", Outcome.Fail, Confidence.High)));

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Met));
        Assert.That(judgement.Evidence.Select(e => e.ProbeId), Is.EqualTo(new[] { "proxy" }));
        Assert.That(judgement.Reason, Does.Contain("suffices on its own").And.Contain("app failing does not refute it"));
    }

    [Test]
    public void Judge_OrdinaryConfirmingPassWhileRefutingProbeFails_StaysUnmet()
    {
        var compression = new Control("compression", "Compression", ControlArea.Performance, ["gzip"], [], ["proxy", "app"], ["app"], false, ["other"]);

        var judgement = ControlJudge.Judge(compression, Results(("proxy", Outcome.Pass, Confidence.High), ("app", Outcome.Fail, Confidence.High)));

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unmet));
    }

    private static Dictionary<string, ProbeResult> Results(params (string Id, Outcome Outcome, Confidence Confidence)[] probes) =>
        probes.ToDictionary(
            p => p.Id,
            p => new ProbeResult(
                new ProbeInfo(p.Id, p.Id, Severity.Medium, p.Confidence, "d", "r", [], [], "test"),
                p.Outcome,
                [new Finding(p.Id, p.Outcome, $"{p.Id} says {p.Outcome}", new SourceLocation("src/app.js", 7))]) { Summary = p.Outcome.ToString() });
}
