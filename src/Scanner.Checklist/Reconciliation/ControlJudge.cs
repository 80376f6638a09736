using Scanner.Checklist.Controls;
using Scanner.Core.Model;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// Decides a control from its probes: a refuting probe's Fail makes it unmet; otherwise a confirming probe's Pass
/// makes it met; a sufficient probe's Pass (gzip at the proxy) makes it met even over a refuting Fail; refuting
/// probes that all found nothing to check make it not applicable; anything else is unknown.
/// When every finding that decides it is low-confidence (the card's, or the finding's own, such as a secret in
/// test code), the judgement is marked low-confidence: it asks for review and never makes a false claim.
/// </summary>
public static class ControlJudge
{
    private const int MaxEvidence = 20;

    public static ControlJudgement Judge(Control control, IReadOnlyDictionary<string, ProbeResult> probes)
    {
        var involved = control.ConfirmedBy.Concat(control.RefutedBy).Concat(control.Sufficient ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (involved.Count == 0)
        {
            return new(control.Id, Verdict.Unknown, false, [], "no probe checks this control yet");
        }

        var ran = involved.Where(probes.ContainsKey).Select(id => probes[id]).ToList();
        if (ran.Count == 0)
        {
            return new(control.Id, Verdict.Unknown, false, [], $"its probes did not run ({string.Join(", ", involved)})");
        }

        var refuting = control.RefutedBy.Where(probes.ContainsKey).Select(id => probes[id]).Where(p => p.Outcome == Outcome.Fail).ToList();
        var sufficing = (control.Sufficient ?? []).Where(probes.ContainsKey).Select(id => probes[id]).Where(p => p.Outcome == Outcome.Pass).ToList();
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

        var confirming = control.ConfirmedBy.Where(probes.ContainsKey).Select(id => probes[id]).Where(p => p.Outcome == Outcome.Pass).ToList();
        if (confirming.Count > 0)
        {
            return Decide(control, Verdict.Met, confirming, Outcome.Pass, "confirmed by");
        }

        // A probe that can only confirm (nginx rate limiting for "rate limiting") finding nothing to check says
        // there is no evidence here, not that the control does not apply; only refuting probes can say that.
        if (ran.All(p => p.Outcome == Outcome.NotApplicable))
        {
            var why = string.Join("; ", ran.Select(p => $"{p.Probe.Id}: {p.Summary}"));
            return control.RefutedBy.Any(probes.ContainsKey)
                ? new(control.Id, Verdict.NotApplicable, false, [], $"nothing to check ({why})")
                : new(control.Id, Verdict.Unknown, false, [], $"no evidence either way ({why})");
        }

        var unsure = ran.Where(p => p.Outcome == Outcome.Inconclusive).ToList();
        return new(control.Id, Verdict.Unknown, false, Evidence(unsure, Outcome.Inconclusive),
            unsure.Count > 0 ? $"inconclusive: {string.Join(", ", unsure.Select(p => p.Probe.Id))}" : "no probe result confirms or refutes it");
    }

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
