using Scanner.Checklist.Claims;
using Scanner.Checklist.Controls;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// Decides a control for one line's scope from the probes (TRUTH.md §2). Probes of a stack the line does not name
/// are left out. Under an existence quantifier ("rate limiting enabled") one wired Pass meets the control, and
/// failures elsewhere are reported as gaps, never as a refutation. Under a universal one ("no print() left", and
/// safe-state controls by default) a refuting probe's Fail makes it unmet unless a sufficient probe's Pass settles
/// it for the whole app (gzip at the proxy). Refuting probes that all found nothing to check make it not
/// applicable; anything else is unknown. When every finding that decides it is low-confidence (the card's, or the
/// finding's own, such as a secret in test code), the judgement asks for review and never makes a false claim.
/// </summary>
public static class ControlJudge
{
    private const int MaxEvidence = 20;

    public static ControlJudgement Judge(Control control, IReadOnlyDictionary<string, ProbeResult> probes) =>
        Judge(control, probes, LineScope.Unscoped);

    public static ControlJudgement Judge(Control control, IReadOnlyDictionary<string, ProbeResult> probes, LineScope scope)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(scope);
        var all = control.ConfirmedBy.Concat(control.RefutedBy).Concat(control.Sufficient ?? []).Concat(control.OuterLayer).Distinct(StringComparer.Ordinal).ToList();
        if (all.Count == 0)
        {
            return new(control.Id, Verdict.Unknown, false, [], "no probe checks this control yet");
        }

        probes = NamedDeployments.Only(OnlyNamedCalls(OnlySubject(probes, control.Subject), scope), scope.Deployments);
        var involved = all.Where(id => scope.Admits(StackOf(id))).ToList();
        if (involved.Count == 0)
        {
            var stacks = scope.Ecosystems.Order().Select(Name).ToList();
            return new(control.Id, Verdict.Unknown, false, [], $"probe gap: the line is about {string.Join(", ", stacks)}, and no probe checks this control for it ({string.Join(", ", all)} judge other stacks)")
            {
                Gap = new ProbeGap(control.Id, stacks),
            };
        }

        var ran = involved.Where(probes.ContainsKey).Select(id => probes[id]).ToList();
        if (ran.Count == 0)
        {
            return new(control.Id, Verdict.Unknown, false, [], $"its probes did not run ({string.Join(", ", involved)})");
        }

        List<ProbeResult> Ran(IEnumerable<string>? ids) => (ids ?? []).Where(id => scope.Admits(StackOf(id)) && probes.ContainsKey(id)).Select(id => probes[id]).ToList();
        var setInside = Ran(control.ConfirmedBy).Exists(HasPass);
        var refuting = Ran(control.RefutedBy).Concat(setInside ? [] : Ran(control.OuterLayer)).Where(p => p.Outcome == Outcome.Fail).Distinct().ToList();
        var sufficing = Ran(control.Sufficient).Where(p => p.Outcome == Outcome.Pass).ToList();
        var existence = (scope.Quantifier ?? control.Quantifier) == Quantifier.Existence;
        if (existence)
        {
            var wired = Ran(control.ConfirmedBy.Concat(control.Sufficient ?? []).Distinct(StringComparer.Ordinal)).Where(HasPass).ToList();
            if (wired.Count > 0)
            {
                var judgement = Decide(control, Verdict.Met, wired, Outcome.Pass, "met by");
                var gaps = refuting.Where(p => !wired.Contains(p)).Concat(wired.Where(p => p.Outcome == Outcome.Fail)).ToList();
                return gaps.Count == 0 ? judgement : judgement with
                {
                    Reason = $"{judgement.Reason}; the line asks for the mechanism, not every place, so gaps elsewhere do not refute it ({string.Join(", ", gaps.Select(p => $"{p.Probe.Id}: {p.Summary}"))})",
                };
            }
        }

        // Open-world absence (TRUTH.md §2): gaps, but also something that looks like the mechanism and is not
        // recognised, at a place. A line that only asks for the mechanism cannot be called false on that. A probe
        // that only says it found nothing (an inconclusive with no place) saw nothing of the kind.
        var unsure = ran.Where(p => p.Findings.Any(f => f is { Outcome: Outcome.Inconclusive, IsSuppressed: false, Location: not null })).ToList();
        if (existence && refuting.Count > 0 && sufficing.Count == 0 && unsure.Count > 0)
        {
            return new(control.Id, Verdict.Unknown, false, Evidence(unsure, Outcome.Inconclusive),
                $"unknown: {string.Join(", ", refuting.Select(p => $"{p.Probe.Id} ({p.Summary})"))} found gaps, but {string.Join(", ", unsure.Select(p => p.Probe.Id))} saw what may be a hand-written mechanism it does not recognise");
        }

        if (refuting.Count > 0 && sufficing.Count == 0 && SeveralDeployments.Why(refuting) is { } several)
        {
            return new(control.Id, Verdict.Unknown, false, [.. Evidence(refuting, Outcome.Pass).Take(MaxEvidence / 2), .. Evidence(refuting, Outcome.Fail).Take(MaxEvidence / 2)], several);
        }

        if (refuting.Count > 0 && scope.VagueSubset is { } subset)
        {
            return new(control.Id, Verdict.Unknown, false, Evidence(refuting, Outcome.Fail),
                $"unknown: {string.Join(", ", refuting.Select(p => $"{p.Probe.Id} ({p.Summary})"))} found failures, but the line limits its claim to a '{subset}' subset the evidence cannot locate");
        }

        if (refuting.Count > 0 && sufficing.Count > 0)
        {
            var judgement = Decide(control, Verdict.Met, sufficing, Outcome.Pass, "confirmed by");
            return judgement with
            {
                Reason = $"{judgement.Reason}, which suffices on its own, so {string.Join(", ", refuting.Select(p => p.Probe.Id))} failing does not refute it",
            };
        }

        if (refuting.Count > 0)
        {
            return Decide(control, Verdict.Unmet, refuting, Outcome.Fail, "refuted by");
        }

        var confirming = Ran(control.ConfirmedBy).Where(p => p.Outcome == Outcome.Pass).ToList();
        if (confirming.Count > 0)
        {
            return Decide(control, Verdict.Met, confirming, Outcome.Pass, "confirmed by");
        }

        // A probe that can only confirm (nginx rate limiting for "rate limiting") finding nothing to check says
        // there is no evidence here, not that the control does not apply; only refuting probes can say that.
        // Not applicable needs a stack-neutral absence (no Dockerfile, no workflow) or every present stack's probe
        // finding nothing; "my probes are for another stack" is a probe gap, which is unknown (TRUTH.md §2).
        if (ran.All(p => p.Outcome == Outcome.NotApplicable))
        {
            var why = string.Join("; ", ran.Select(p => $"{p.Probe.Id}: {p.Summary}"));
            if (!control.RefutedBy.Concat(control.OuterLayer).Any(id => scope.Admits(StackOf(id)) && probes.ContainsKey(id)))
            {
                return new(control.Id, Verdict.Unknown, false, [], $"no evidence either way ({why})");
            }

            // A control judged only by stack-neutral probes (Dockerfiles, workflows) is not applicable when they
            // find nothing. One judged in app code has a gap for every stack the scan saw (some probe of that
            // stack found something to judge) that none of its probes covers.
            var stacks = ran.Select(p => StackOf(p.Probe.Id)).OfType<Ecosystem>().ToHashSet();
            var present = probes.Values.Where(p => p.Outcome != Outcome.NotApplicable).Select(p => StackOf(p.Probe.Id)).OfType<Ecosystem>().ToHashSet();
            var uncovered = stacks.Count == 0 ? [] : Enum.GetValues<Ecosystem>().Where(e => scope.Admits(e) && !stacks.Contains(e) && present.Contains(e)).ToList();
            return uncovered.Count == 0
                ? new(control.Id, Verdict.NotApplicable, false, [], $"nothing to check ({why})")
                : new(control.Id, Verdict.Unknown, false, [], $"probe gap: no probe checks this control for {string.Join(", ", uncovered.Select(Name))} ({why})")
                {
                    Gap = new ProbeGap(control.Id, [.. uncovered.Select(Name)]),
                };
        }

        var inconclusive = ran.Where(p => p.Outcome == Outcome.Inconclusive).ToList();
        return new(control.Id, Verdict.Unknown, false, Evidence(inconclusive, Outcome.Inconclusive),
            inconclusive.Count > 0 ? $"inconclusive: {string.Join("; ", inconclusive.Select(p => $"{p.Probe.Id} ({p.Summary})"))}" : "no probe result confirms or refutes it");
    }

    /// <summary>The application stack a probe judges, from its id's prefix; null for stack-neutral probes.</summary>
    public static Ecosystem? StackOf(string probeId) => probeId.AsSpan() switch
    {
        var id when id.StartsWith("js-", StringComparison.Ordinal) => Ecosystem.Node,
        var id when id.StartsWith("py-", StringComparison.Ordinal) => Ecosystem.Python,
        var id when id.StartsWith("cs-", StringComparison.Ordinal) => Ecosystem.DotNet,
        _ => null,
    };

    /// <summary>
    /// Findings in a component production does not run (an example, demo, backup or legacy app) are left out: they
    /// neither confirm nor refute a line about the product (TRUTH.md §2). A probe left with nothing says so.
    /// </summary>
    public static IReadOnlyDictionary<string, ProbeResult> InProduction(IReadOnlyDictionary<string, ProbeResult> probes, IReadOnlyList<Core.Components.Component> components)
    {
        var aside = components.Where(c => !c.Production).Select(c => c.Root).ToHashSet(StringComparer.Ordinal);
        if (aside.Count == 0)
        {
            return probes;
        }

        return probes.ToDictionary(p => p.Key, p =>
        {
            var kept = p.Value.Findings.Where(f => f.Component is null || !aside.Contains(f.Component)).ToList();
            if (kept.Count == p.Value.Findings.Count)
            {
                return p.Value;
            }

            var outcome = OutcomeOf(kept);
            var left = p.Value.Findings.Where(f => !kept.Contains(f)).Select(f => f.Component).Distinct().Order(StringComparer.Ordinal);
            var why = $"findings in {string.Join(", ", left)} left out: production does not run it";
            return p.Value with { Outcome = outcome, Findings = kept, Summary = kept.Count == 0 ? why : $"{FindingSummary.Of(kept)}; {why}" };
        }, StringComparer.Ordinal);
    }

    /// <summary>What a probe says with only these findings left: an unsuppressed failure fails, else a pass passes, else undecided, else nothing to check.</summary>
    public static Outcome OutcomeOf(IReadOnlyCollection<Finding> kept) =>
        kept.Any(f => f is { Outcome: Outcome.Fail, IsSuppressed: false }) ? Outcome.Fail
        : kept.Any(f => f.Outcome == Outcome.Pass) ? Outcome.Pass
        : kept.Any(f => f.Outcome == Outcome.Inconclusive) ? Outcome.Inconclusive
        : Outcome.NotApplicable;

    /// <summary>
    /// Findings about another subject than the control's are dropped: a missing X-Frame-Options neither refutes a CSP
    /// control nor does an HSTS header confirm it, and plain logging set up does not confirm structured logs.
    /// </summary>
    private static IReadOnlyDictionary<string, ProbeResult> OnlySubject(IReadOnlyDictionary<string, ProbeResult> probes, string? subject)
    {
        if (subject is null)
        {
            return probes;
        }

        bool About(Finding f) => f.Subject is null || f.Subject == subject;

        // An undecided finding about another subject ("validated, but late") says nothing about this one either.
        bool Kept(Finding f) => f.Outcome is not (Outcome.Pass or Outcome.Inconclusive) || About(f);
        return Without(probes, About, $"its failures are about other subjects than {subject}").ToDictionary(p => p.Key, p =>
        {
            if (p.Value.Findings.All(Kept))
            {
                return p.Value;
            }

            var kept = p.Value.Findings.Where(Kept).ToList();
            var outcome = kept.Count > 0 && kept.TrueForAll(f => f.Outcome == Outcome.NotApplicable) ? Outcome.NotApplicable : Left(kept);
            var dropped = p.Value.Findings.Where(f => !Kept(f)).ToList();
            var others = string.Join(", ", dropped.Select(f => f.Subject).Distinct().Order(StringComparer.Ordinal));
            var what = dropped.Exists(f => f.Outcome == Outcome.Pass) ? "passes" : "other findings";
            return p.Value with { Outcome = outcome, Findings = kept, Summary = outcome == Outcome.Inconclusive ? $"its {what} are about {others}, not {subject}" : p.Value.Summary };
        }, StringComparer.Ordinal);
    }

    /// <summary>
    /// For a line that names calls (<c>`traceback.print_exc()` removed</c>), failures that show none of them are not
    /// about the line: they are dropped, and a probe left without failures can no longer say anything either way.
    /// </summary>
    private static IReadOnlyDictionary<string, ProbeResult> OnlyNamedCalls(IReadOnlyDictionary<string, ProbeResult> probes, LineScope scope)
    {
        if (scope.Calls.Count == 0)
        {
            return probes;
        }

        bool Shows(Finding f) => scope.Calls.Any(c => (f.Evidence ?? "").Contains(c + "(", StringComparison.Ordinal));
        return Without(probes, Shows, $"its failures show other calls than {string.Join(", ", scope.Calls.Select(c => c + "()"))}");
    }

    /// <summary>
    /// Drops the failures <paramref name="keep"/> rejects; a probe left without failures keeps its passes (Pass) or,
    /// with none, can no longer say anything either way (Inconclusive, with <paramref name="why"/>).
    /// </summary>
    private static Dictionary<string, ProbeResult> Without(IReadOnlyDictionary<string, ProbeResult> probes, Func<Finding, bool> keep, string why) =>
        probes.ToDictionary(p => p.Key, p =>
        {
            if (p.Value.Outcome != Outcome.Fail || p.Value.Findings.Where(f => f.Outcome == Outcome.Fail).All(keep))
            {
                return p.Value;
            }

            var kept = p.Value.Findings.Where(f => f.Outcome != Outcome.Fail || keep(f)).ToList();
            var outcome = Left(kept);
            var summary = outcome == Outcome.Fail ? p.Value.Summary : why;
            return p.Value with { Outcome = outcome, Findings = kept, Summary = summary };
        }, StringComparer.Ordinal);

    /// <summary>What a probe says once findings were dropped: any failure left fails, else any pass passes, else nothing is decided.</summary>
    private static Outcome Left(List<Finding> kept) =>
        kept.Any(f => f.Outcome == Outcome.Fail) ? Outcome.Fail : kept.Any(f => f.Outcome == Outcome.Pass) ? Outcome.Pass : Outcome.Inconclusive;

    private static string Name(Ecosystem stack) => stack switch
    {
        Ecosystem.Node => "Node/Next.js",
        Ecosystem.Python => "Python",
        _ => "ASP.NET",
    };

    private static bool HasPass(ProbeResult probe) => probe.Findings.Any(f => f is { Outcome: Outcome.Pass, IsSuppressed: false });

    private static ControlJudgement Decide(Control control, Verdict verdict, List<ProbeResult> deciding, Outcome outcome, string verb)
    {
        var low = deciding.SelectMany(p => p.Findings.Where(f => f.Outcome == outcome && !f.IsSuppressed).Select(f => (p, f))).All(x => IsLow(x.p, x.f));
        var reason = $"{verb} {string.Join(", ", deciding.Select(p => $"{p.Probe.Id} ({p.Summary})"))}";
        return new(control.Id, verdict, low, Evidence(deciding, outcome), reason);
    }

    /// <summary>Whether a finding is low-confidence: its own confidence, or else its probe card's.</summary>
    internal static bool IsLow(ProbeResult probe, Finding finding) => (finding.Confidence ?? probe.Probe.Confidence) == Confidence.Low;

    private static List<EvidenceItem> Evidence(List<ProbeResult> probes, Outcome outcome) =>
    [
        .. probes.SelectMany(p => p.Findings)
            .Where(f => f.Outcome == outcome && !f.IsSuppressed)
            .Take(MaxEvidence)
            .Select(EvidenceItem.Of),
    ];
}
