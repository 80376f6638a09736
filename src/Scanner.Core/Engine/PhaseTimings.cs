using System.Collections.Concurrent;
using System.Diagnostics;

namespace Scanner.Core.Engine;

/// <summary>
/// Where a scan's time goes (<c>--timings</c>): wall time per phase in order, and probe time per family. Probes run
/// in parallel, so a family's time is the sum of its probes' own times, comparable to CPU time, not to the wall.
/// </summary>
public sealed class PhaseTimings
{
    private readonly List<(string Phase, TimeSpan Elapsed, string Detail)> _phases = [];
    private readonly ConcurrentDictionary<string, long> _familyTicks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _probeTicks = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Phase, TimeSpan Elapsed, string Detail)> Phases
    {
        get
        {
            lock (_phases)
            {
                return [.. _phases];
            }
        }
    }

    /// <summary>Probe time per family (the card's ecosystem folder), largest first.</summary>
    public IReadOnlyList<(string Family, TimeSpan Elapsed)> Families => Largest(_familyTicks);

    /// <summary>Probe time per probe, largest first.</summary>
    public IReadOnlyList<(string Probe, TimeSpan Elapsed)> Probes => Largest(_probeTicks);

    public void Record(string phase, TimeSpan elapsed, string detail = "")
    {
        lock (_phases)
        {
            _phases.Add((phase, elapsed, detail));
        }
    }

    public T Measure<T>(string phase, Func<T> work, Func<T, string>? detail = null)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Record(phase, clock.Elapsed, detail?.Invoke(result) ?? "");
        return result;
    }

    public void Measure(string phase, Action work, string detail)
    {
        var clock = Stopwatch.StartNew();
        work();
        Record(phase, clock.Elapsed, detail);
    }

    public void AddProbe(string family, string probe, TimeSpan elapsed)
    {
        _familyTicks.AddOrUpdate(family, elapsed.Ticks, (_, t) => t + elapsed.Ticks);
        _probeTicks.AddOrUpdate(probe, elapsed.Ticks, (_, t) => t + elapsed.Ticks);
    }

    private static List<(string, TimeSpan)> Largest(ConcurrentDictionary<string, long> ticks) =>
        [.. ticks.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, TimeSpan.FromTicks(p.Value)))];
}
