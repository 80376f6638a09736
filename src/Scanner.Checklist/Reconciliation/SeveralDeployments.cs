using Scanner.Core.Model;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// A repository that keeps several deployments side by side (a hardened compose file beside a development one, a
/// k8s folder per environment or variant) does not say which one production runs. When a deployment probe's
/// setting holds in every workload of one deployment and fails in another, a line about the setting cannot be
/// called false on the failing one: the absence is not proven across the claimed scope (TRUTH.md §2). The same holds
/// across kinds: a Kubernetes deployment that holds beside compose files that fail. Within one deployment (one
/// compose file, one folder of manifests), and when no deployment holds, a failing workload still refutes the line.
/// </summary>
public static class SeveralDeployments
{
    private const int Shown = 3;

    /// <summary>
    /// The deployments where the probe's setting holds throughout and those where it fails, or null when the probe
    /// does not read deployment manifests or its findings do not split that way.
    /// </summary>
    public static (IReadOnlyList<string> Holding, IReadOnlyList<string> Failing)? Split(ProbeResult probe) =>
        Units(probe) is { Holding.Count: > 0, Failing.Count: > 0 } split ? split : null;

    /// <summary>Like <see cref="Split"/>, but a probe failing in every deployment it read still splits (none holding).</summary>
    private static (IReadOnlyList<string> Holding, IReadOnlyList<string> Failing)? Loose(ProbeResult probe) =>
        Units(probe) is { Failing.Count: > 0 } split ? split : null;

    /// <summary>The deployments where the probe's setting holds throughout and those where it fails; null for probes that read no deployment.</summary>
    private static (IReadOnlyList<string> Holding, IReadOnlyList<string> Failing)? Units(ProbeResult probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var unit = UnitOf(probe.Probe.Id);
        if (unit is null)
        {
            return null;
        }

        var byUnit = probe.Findings
            .Where(f => f is { Outcome: Outcome.Pass or Outcome.Fail, IsSuppressed: false, Location: not null })
            .GroupBy(f => unit(f.Location!.Path), StringComparer.Ordinal)
            .ToList();
        var holding = byUnit.Where(g => g.All(f => f.Outcome == Outcome.Pass)).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var failing = byUnit.Where(g => g.Any(f => f.Outcome == Outcome.Fail)).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        return (holding, failing);
    }

    /// <summary>How a deployment probe's finding paths map to deployments (a compose file; a folder of manifests), or null for other probes.</summary>
    public static Func<string, string>? UnitOf(string probeId) => probeId switch
    {
        _ when probeId.StartsWith("compose-", StringComparison.Ordinal) => path => path,
        _ when probeId.StartsWith("k8s-", StringComparison.Ordinal) => Folder,
        _ => null,
    };

    /// <summary>Why the refuting probes cannot decide, or null when one of them fails in a single deployment.</summary>
    public static string? Why(IReadOnlyList<ProbeResult> refuting)
    {
        ArgumentNullException.ThrowIfNull(refuting);
        // Deployments of either kind count together: a hardened Kubernetes manifest that holds makes a compose file
        // that fails another deployment, not a refutation.
        var splits = refuting.Select(p => (Probe: p, Split: Loose(p))).ToList();
        if (splits.Count == 0 || splits.Exists(s => s.Split is null) || !splits.Exists(s => s.Split!.Value.Holding.Count > 0))
        {
            return null;
        }

        var parts = splits.Select(s => s.Split!.Value.Holding.Count == 0
            ? $"{s.Probe.Probe.Id} fails in {List(s.Split.Value.Failing)}"
            : $"{s.Probe.Probe.Id} holds in {List(s.Split.Value.Holding)} but fails in {List(s.Split.Value.Failing)}");
        return $"unknown: the repository keeps several deployments and the line does not say which one production runs ({string.Join("; ", parts)})";
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] + "/" : "./";

    private static string List(IReadOnlyList<string> units) =>
        units.Count <= Shown ? string.Join(", ", units) : $"{string.Join(", ", units.Take(Shown))} and {units.Count - Shown} more";
}
