using Scanner.Checklist.Claims;

namespace Scanner.Checklist.Controls;

/// <summary>
/// One thing a readiness checklist can ask for, in the words checklists use, and the probes that judge it.
/// A control with no probes is still worth knowing: the line is recognised, and the report shows the gap.
/// </summary>
/// <param name="Id">Kebab-case name of the desired state or capability, e.g. <c>rate-limiting</c>.</param>
/// <param name="Title">Short human title; a line equal to it matches outright.</param>
/// <param name="Area">The readiness area.</param>
/// <param name="Aliases">Phrases that name the control on their own ("express-rate-limit").</param>
/// <param name="Keywords">Single words that together point at the control when no phrase does.</param>
/// <param name="ConfirmedBy">Probe ids whose Pass confirms the control.</param>
/// <param name="RefutedBy">Probe ids whose Fail refutes the control.</param>
/// <param name="Broad">An umbrella control ("authentication", "caching") that only matches lines no more
/// specific control matches.</param>
/// <param name="Sufficient">Probe ids whose Pass meets the control even when a refuting probe fails: a layer that
/// satisfies it for the whole app (gzip at the proxy makes app-level compression optional).</param>
/// <param name="PerLine">Its probes judge checklist lines themselves: a failure they place on a checklist line (a
/// package that line names but nothing declares) refutes that line, whatever controls the line matched.</param>
/// <param name="Quantifier">How much a line that names the control asks for unless its own words say more: a
/// capability ("rate limiting", "multi-stage builds") is met by one wired instance, so a gap elsewhere does not
/// refute it; a safe state ("no hardcoded secrets", "non-root containers") is refuted by any contradiction.</param>
public sealed record Control(
    string Id,
    string Title,
    ControlArea Area,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> ConfirmedBy,
    IReadOnlyList<string> RefutedBy,
    bool Broad,
    IReadOnlyList<string>? Sufficient = null,
    bool PerLine = false,
    Quantifier Quantifier = Quantifier.Universal)
{
    /// <summary>
    /// The finer subject the control is about (<c>header:content-security-policy</c>), when its probes judge several:
    /// a finding about another subject (a missing X-Frame-Options) never refutes it.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// Probes of a layer in front of the app (a reverse proxy): their Fail refutes the control only when no
    /// confirming probe of the app passes, since the proxy passes the app's own headers through.
    /// </summary>
    public IReadOnlyList<string> OuterLayer { get; init; } = [];
}
