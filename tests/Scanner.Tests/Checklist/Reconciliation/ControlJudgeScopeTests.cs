using Scanner.Checklist.Claims;
using Scanner.Checklist.Controls;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;

namespace Scanner.Tests.Checklist.Reconciliation;

/// <summary>The refutation rule (TRUTH.md §2) as the judge applies it to one line's scope.</summary>
public sealed class ControlJudgeScopeTests
{
    private static readonly Control Logging = new(
        "structured-logging", "Structured logging", ControlArea.Operations, ["structured logging"], [],
        ["py-logging", "js-logger"], ["py-logging", "js-logger"], false, Quantifier: Quantifier.Existence);

    private static readonly LineScope Plain = new(null, new HashSet<Ecosystem>());

    [Test]
    public void Judge_CapabilityWiredInOneStackAndMissingInAnother_IsMetAndNamesTheGap()
    {
        var probes = Results(("py-logging", Outcome.Pass), ("js-logger", Outcome.Fail));

        var judgement = ControlJudge.Judge(Logging, probes, Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Met));
        Assert.That(judgement.Evidence.Select(e => e.ProbeId), Is.EqualTo(new[] { "py-logging" }));
        Assert.That(judgement.Reason, Does.Contain("gaps elsewhere do not refute it").And.Contain("js-logger"));
    }

    [Test]
    public void Judge_LineSaysAll_AnyGapRefutes()
    {
        var probes = Results(("py-logging", Outcome.Pass), ("js-logger", Outcome.Fail));

        var judgement = ControlJudge.Judge(Logging, probes, new LineScope(Quantifier.Universal, new HashSet<Ecosystem>()));

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unmet));
        Assert.That(judgement.Evidence.Select(e => e.ProbeId), Is.EqualTo(new[] { "js-logger" }));
    }

    [Test]
    public void Judge_SafeStateControl_OneContradictionRefutesDespitePasses()
    {
        var nonRoot = Logging with { Id = "docker-non-root", Quantifier = Quantifier.Universal };

        var judgement = ControlJudge.Judge(nonRoot, Results(("py-logging", Outcome.Pass), ("js-logger", Outcome.Fail)), Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unmet));
    }

    [Test]
    public void Judge_LineNamesPython_NodeProbesNeitherConfirmNorRefute()
    {
        var probes = Results(("py-logging", Outcome.Pass), ("js-logger", Outcome.Fail));
        var python = new LineScope(Quantifier.Universal, new HashSet<Ecosystem> { Ecosystem.Python });

        var judgement = ControlJudge.Judge(Logging, probes, python);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Met), "the frontend's logger says nothing about the Python service");
        Assert.That(judgement.Evidence.Select(e => e.ProbeId), Is.EqualTo(new[] { "py-logging" }));
    }

    [Test]
    public void Judge_LineNamesAStackNoProbeCovers_IsUnknownProbeGap()
    {
        var dotnet = new LineScope(null, new HashSet<Ecosystem> { Ecosystem.DotNet });

        var judgement = ControlJudge.Judge(Logging, Results(("py-logging", Outcome.Fail), ("js-logger", Outcome.Fail)), dotnet);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unknown));
        Assert.That(judgement.Reason, Does.StartWith("probe gap: the line is about ASP.NET"));
    }

    [Test]
    public void Judge_GapsBesideAnUnrecognisedHandWrittenMechanism_IsUnknownNotUnmet()
    {
        var probes = Results(("py-logging", Outcome.NotApplicable), ("js-logger", Outcome.Fail));
        var js = probes["js-logger"];
        probes["js-logger"] = js with { Findings = [.. js.Findings, new Finding("js-logger", Outcome.Inconclusive, "looks hand-written", new SourceLocation("src/log.js", 3))] };

        var judgement = ControlJudge.Judge(Logging, probes, Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unknown));
        Assert.That(judgement.Evidence.Select(e => (e.Outcome, e.Path)), Is.EqualTo(new[] { (Outcome.Inconclusive, "src/log.js") }));
        Assert.That(judgement.Reason, Does.Contain("hand-written mechanism it does not recognise"));
    }

    [Test]
    public void Judge_GapsBesideAProbeThatFoundNothingAnywhere_IsUnmet()
    {
        var probes = Results(("py-logging", Outcome.Inconclusive), ("js-logger", Outcome.Fail));
        probes["py-logging"] = probes["py-logging"] with { Findings = [new Finding("py-logging", Outcome.Inconclusive, "no check of the kind was found")] };

        var judgement = ControlJudge.Judge(Logging, probes, Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unmet));
    }

    [Test]
    public void Judge_OnlyGapsAndNothingHandWritten_IsUnmet()
    {
        var judgement = ControlJudge.Judge(Logging, Results(("py-logging", Outcome.NotApplicable), ("js-logger", Outcome.Fail)), Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unmet));
    }

    [Test]
    public void Judge_OnlyOneStacksProbesFoundNothing_IsUnknownProbeGapNotNotApplicable()
    {
        var errors = Logging with { Id = "errors", ConfirmedBy = [], RefutedBy = ["cs-exception-page"] };

        var probes = Results(("cs-exception-page", Outcome.NotApplicable), ("js-some-probe", Outcome.Pass));

        var judgement = ControlJudge.Judge(errors, probes, Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.Unknown));
        Assert.That(judgement.Reason, Does.StartWith("probe gap: no probe checks this control for Node/Next.js ("));
        Assert.That(judgement.Gap, Is.EqualTo(new ProbeGap("errors", ["Node/Next.js"])).Using<ProbeGap>((a, b) => a.Key == b.Key));
    }

    [Test]
    public void Judge_OnlyOneStacksProbesFoundNothingAndNoOtherStackSeen_IsNotApplicable()
    {
        var errors = Logging with { Id = "errors", ConfirmedBy = [], RefutedBy = ["cs-exception-page"] };

        var judgement = ControlJudge.Judge(errors, Results(("cs-exception-page", Outcome.NotApplicable), ("dockerfile-x", Outcome.Pass)), Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.NotApplicable));
    }

    [Test]
    public void Judge_StackNeutralProbeFoundNothing_IsNotApplicable()
    {
        var docker = Logging with { ConfirmedBy = ["dockerfile-multi-stage"], RefutedBy = ["dockerfile-multi-stage"] };

        var judgement = ControlJudge.Judge(docker, Results(("dockerfile-multi-stage", Outcome.NotApplicable)), Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(Verdict.NotApplicable));
    }

    [TestCase("    print(order)", Verdict.Unknown)]
    [TestCase("    traceback.print_exc()", Verdict.Unmet)]
    public void Judge_LineNamesACall_OnlyFailuresShowingThatCallRefute(string evidence, Verdict expected)
    {
        var debugOutput = Logging with { Quantifier = Quantifier.Universal };
        var probes = Results(("py-logging", Outcome.Fail), ("js-logger", Outcome.NotApplicable));
        var py = probes["py-logging"];
        probes["py-logging"] = py with { Findings = [py.Findings[0] with { Evidence = evidence }] };
        var scope = new LineScope(Quantifier.Universal, new HashSet<Ecosystem>()) { Calls = ["print_exc"] };

        var judgement = ControlJudge.Judge(debugOutput, probes, scope);

        Assert.That(judgement.Verdict, Is.EqualTo(expected), judgement.Reason);
    }

    [TestCase("header:content-security-policy", Verdict.Unmet)]
    [TestCase("header:x-frame-options", Verdict.Unknown)]
    public void Judge_ControlWithASubject_OnlyFailuresAboutItRefute(string findingSubject, Verdict expected)
    {
        var csp = Logging with { Id = "csp", Quantifier = Quantifier.Universal, ConfirmedBy = [], RefutedBy = ["proxy-headers"], Subject = "header:content-security-policy" };
        var probes = Results(("proxy-headers", Outcome.Fail));
        var proxy = probes["proxy-headers"];
        probes["proxy-headers"] = proxy with { Findings = [proxy.Findings[0] with { Subject = findingSubject }] };

        var judgement = ControlJudge.Judge(csp, probes, Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(expected), judgement.Reason);
    }

    [TestCase(Outcome.Pass, Verdict.Met)]
    [TestCase(Outcome.NotApplicable, Verdict.Unmet)]
    public void Judge_ProxyInFrontLacksTheHeader_RefutesOnlyWhenTheAppDoesNotSetIt(Outcome app, Verdict expected)
    {
        var csp = Logging with { Id = "csp", Quantifier = Quantifier.Universal, ConfirmedBy = ["js-logger"], RefutedBy = ["js-logger"], OuterLayer = ["proxy-headers"] };

        var judgement = ControlJudge.Judge(csp, Results(("js-logger", app), ("proxy-headers", Outcome.Fail)), Plain);

        Assert.That(judgement.Verdict, Is.EqualTo(expected), judgement.Reason);
    }

    [TestCase("js-rate-limit-wired", Ecosystem.Node)]
    [TestCase("py-debug-off", Ecosystem.Python)]
    [TestCase("cs-https-hsts", Ecosystem.DotNet)]
    [TestCase("dockerfile-non-root-user", null)]
    public void StackOf_ProbeIdPrefix_GivesItsStack(string id, Ecosystem? expected) =>
        Assert.That(ControlJudge.StackOf(id), Is.EqualTo(expected));

    private static Dictionary<string, ProbeResult> Results(params (string Id, Outcome Outcome)[] probes) =>
        probes.ToDictionary(
            p => p.Id,
            p => new ProbeResult(
                new ProbeInfo(p.Id, p.Id, Severity.Medium, Confidence.High, "d", "r", [], [], "test"),
                p.Outcome,
                [new Finding(p.Id, p.Outcome, $"{p.Id} says {p.Outcome}", new SourceLocation($"{p.Id}/app", 7))]) { Summary = p.Outcome.ToString() });
}
