using System.Diagnostics;
using System.Globalization;
using Scanner.Core.Engine;

namespace Scanner.Cli;

/// <summary>Prints <c>--timings</c> to stderr: wall time per phase, then probe time per family and the slowest probes.</summary>
internal static class TimingsTable
{
    private const int SlowestShown = 12;

    /// <summary>Time from the process start to now: what the runtime and the command-line parsing cost.</summary>
    public static TimeSpan SinceProcessStart() => DateTime.Now - Process.GetCurrentProcess().StartTime;

    public static void Write(TextWriter error, PhaseTimings timings, TimeSpan total)
    {
        var inv = CultureInfo.InvariantCulture;
        error.WriteLine("timings (wall clock, ms)");
        foreach (var (phase, elapsed, detail) in timings.Phases)
        {
            error.WriteLine(string.Create(inv, $"  {phase,-10} {elapsed.TotalMilliseconds,8:0}  {detail}"));
        }

        error.WriteLine(string.Create(inv, $"  {"total",-10} {total.TotalMilliseconds,8:0}  process start to exit"));
        error.WriteLine("probe time by family (ms, summed over probes running in parallel)");
        foreach (var (family, elapsed) in timings.Families)
        {
            error.WriteLine(string.Create(inv, $"  {family,-10} {elapsed.TotalMilliseconds,8:0}"));
        }

        error.WriteLine(string.Create(inv, $"slowest probes (ms)"));
        foreach (var (probe, elapsed) in timings.Probes.Take(SlowestShown))
        {
            error.WriteLine(string.Create(inv, $"  {elapsed.TotalMilliseconds,8:0}  {probe}"));
        }
    }
}
