using System.Diagnostics;
using System.Globalization;

namespace Scanner.Cli;

/// <summary>
/// A one-line progress bar on stderr (<c>[#######.....] 45/98 probes</c>), redrawn in place with a carriage return
/// at most ten times a second and erased when the work ends. Only for a person at a terminal: when stderr is piped,
/// logged by CI, or the scan is quiet or verbose, nothing is drawn, so logs stay plain text.
/// </summary>
internal sealed class ProgressBar(TextWriter error, string unit) : IDisposable
{
    private const int Width = 30;
    private static readonly long Interval = Stopwatch.Frequency / 10;
    private readonly Lock _gate = new();
    private long _lastDraw;
    private int _drawnLength;

    public static bool Wanted(bool quiet, bool verbose) =>
        !quiet && !verbose && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The bar for <paramref name="done"/> of <paramref name="total"/>, without the carriage return.</summary>
    public static string Render(int done, int total, string unit)
    {
        var filled = total <= 0 ? Width : (int)((long)Math.Min(done, total) * Width / total);
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {unit}");
    }

    public void Report(int done, int total)
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (done < total && _drawnLength > 0 && now - _lastDraw < Interval)
            {
                return;
            }

            _lastDraw = now;
            var line = Render(done, total, unit);
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
