using System.Globalization;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;
using Scanner.Reporting.Model;

namespace Scanner.Cli;

/// <summary>
/// What makes a scan exit 1 (<c>--fail-on</c>, or <c>fail-on:</c> in the config file), as a set of terms that
/// combine: <c>false-claim</c>, <c>open</c>, <c>fail</c> (any failing probe), a severity (<c>critical</c>,
/// <c>high</c>, <c>medium</c>, <c>low</c>: any failing finding at or above it, as Trivy's <c>--severity</c> with
/// <c>--exit-code 1</c>), or <c>never</c>. The default is false claims plus any critical or high security finding
/// (a probe of the security category, such as a committed secret) that is not low-confidence. Suppressed findings and advisory
/// probes never fail it unless a checklist line claims them (then the line's false claim does).
/// </summary>
internal sealed record Gate(bool FalseClaims, bool OpenLines, bool AnyFailure, Severity? AtOrAbove, bool SecurityHighOrCritical)
{
    public const string DefaultTerm = "default";

    public static readonly string[] Terms = ["default", "false-claim", "open", "fail", "critical", "high", "medium", "low", "never"];

    public static Gate Default { get; } = new(FalseClaims: true, OpenLines: false, AnyFailure: false, AtOrAbove: null, SecurityHighOrCritical: true);

    /// <summary>Terms separated by commas or given one per option; an unknown term is a usage error naming the known ones.</summary>
    public static Gate Parse(IEnumerable<string> given, string source = "--fail-on")
    {
        var terms = given.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(t => t.ToLowerInvariant()).ToList();
        var unknown = terms.Where(t => !Terms.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"{source}: unknown value(s) {string.Join(", ", unknown)} (known: {string.Join(", ", Terms)}; combine them with commas)");
        }

        if (terms.Count == 0 || (terms.Count == 1 && terms[0] == DefaultTerm))
        {
            return Default;
        }

        if (terms.Contains("never"))
        {
            return terms.Count == 1 ? new Gate(false, false, false, null, false) : throw new UsageException($"{source}: 'never' cannot be combined with other values");
        }

        var severities = terms.Select(ParseSeverity).OfType<Severity>().ToList();
        var withDefault = terms.Contains(DefaultTerm);
        return new Gate(
            FalseClaims: withDefault || terms.Contains("false-claim") || terms.Contains("open"),
            OpenLines: terms.Contains("open"),
            AnyFailure: terms.Contains("fail"),
            AtOrAbove: severities.Count == 0 ? null : severities.Min(),
            SecurityHighOrCritical: withDefault);
    }

    /// <summary>Why the gate fails this report, one phrase per reason; empty when it passes.</summary>
    public IReadOnlyList<string> Reasons(ScanReport report)
    {
        // An advisory probe counts only when a ticked checklist line rests on it: then it is the team's own bar.
        var claimed = report.Checklist.Lines.Where(l => l.Item.Claim == Checklist.Parsing.Claim.Done)
            .SelectMany(l => l.Evidence.Select(e => e.ProbeId)).ToHashSet(StringComparer.Ordinal);
        bool advisory(ProbeInfo probe) => probe.Advisory && !claimed.Contains(probe.Id);
        var reasons = new List<string>();
        var falseClaims = report.Checklist.Count(LineStatus.FalseClaim);
        var open = report.Checklist.Count(LineStatus.Open);
        if (FalseClaims && falseClaims > 0)
        {
            reasons.Add(Count(falseClaims, "false claim"));
        }

        if (OpenLines && open > 0)
        {
            reasons.Add(Count(open, "open checklist line"));
        }

        var failing = report.Scan.Probes.Where(p => !advisory(p.Probe))
            .SelectMany(p => p.Findings.Where(f => f is { Outcome: Outcome.Fail, IsSuppressed: false }).Select(f => (p.Probe, Finding: f))).ToList();
        if (AnyFailure && report.Scan.Probes.Any(p => p.Outcome == Outcome.Fail && !advisory(p.Probe)))
        {
            reasons.Add(Count(report.Scan.Probes.Count(p => p.Outcome == Outcome.Fail && !advisory(p.Probe)), "failing probe"));
        }

        if (AtOrAbove is { } floor && failing.Where(x => x.Probe.Severity >= floor).Select(x => x.Probe.Id).Distinct().ToList() is { Count: > 0 } severe)
        {
            reasons.Add($"{Names(floor)} or worse: {string.Join(", ", severe)}");
        }

        if (SecurityHighOrCritical && failing.Where(IsSevereSecurity).Select(x => x.Probe.Id).Distinct().ToList() is { Count: > 0 } security)
        {
            reasons.Add($"critical or high security finding: {string.Join(", ", security)}");
        }

        return reasons;
    }

    private static bool IsSevereSecurity((ProbeInfo Probe, Finding Finding) x) =>
        x.Probe.Severity >= Severity.High && x.Probe.IsSecurity && (x.Finding.Confidence ?? x.Probe.Confidence) != Confidence.Low;

    private static Severity? ParseSeverity(string term) => term switch
    {
        "critical" => Severity.Critical,
        "high" => Severity.High,
        "medium" => Severity.Medium,
        "low" => Severity.Low,
        _ => null,
    };

    private static string Names(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Count(int n, string what) => string.Create(CultureInfo.InvariantCulture, $"{n} {what}{(n == 1 ? "" : "s")}");
}
