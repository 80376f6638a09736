using System.Diagnostics;
using System.Globalization;

namespace Scanner.Cli;

/// <summary>
/// A one-line progress bar on stderr (<c>[#######.....] 45/98 probes · 120/800 commits</c>), redrawn in place with
/// a carriage return at most ten times a second and erased when the work ends. The bar follows the first counter;
/// later ones (the history scan's commits, which run inside a probe) follow it as numbers. Only for a person at a terminal: when stderr is piped,
/// logged by CI, or the scan is quiet or verbose, nothing is drawn, so logs stay plain text.
/// </summary>
internal sealed class ProgressBar(TextWriter error) : IDisposable
{
    private const int Width = 30;
    private static readonly long Interval = Stopwatch.Frequency / 10;
    private readonly Lock _gate = new();
    private readonly List<(string Unit, int Done, int Total)> _counters = [];
    private long _lastDraw;
    private int _drawnLength;

    public static bool Wanted(bool quiet, bool verbose) =>
        !quiet && !verbose && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The line for the counters, without the carriage return; the bar shows the first one.</summary>
    public static string Render(IReadOnlyList<(string Unit, int Done, int Total)> counters)
    {
        var (_, done, total) = counters[0];
        var filled = total <= 0 ? Width : (int)((long)Math.Min(done, total) * Width / total);
        var numbers = string.Join(" · ", counters.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Done}/{c.Total} {c.Unit}")));
        return $"[{new string('#', filled)}{new string('.', Width - filled)}] {numbers}";
    }

    /// <summary>Sets one counter (adding it the first time) and redraws, at most ten times a second but always at its end.</summary>
    public void Report(string unit, int done, int total)
    {
        lock (_gate)
        {
            var at = _counters.FindIndex(c => c.Unit == unit);
            if (at < 0)
            {
                _counters.Add((unit, done, total));
            }
            else
            {
                _counters[at] = (unit, done, total);
            }

            var now = Stopwatch.GetTimestamp();
            if (done < total && _drawnLength > 0 && now - _lastDraw < Interval)
            {
                return;
            }

            _lastDraw = now;
            var line = Render(_counters);
            error.Write('\r' + line.PadRight(_drawnLength));
            _drawnLength = line.Length;
            error.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_drawnLength > 0)
            {
                error.Write('\r' + new string(' ', _drawnLength) + '\r');
                error.Flush();
                _drawnLength = 0;
            }
        }
    }
}
