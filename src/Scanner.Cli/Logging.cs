using System.Globalization;
using Serilog;
using Serilog.Events;

namespace Scanner.Cli;

/// <summary>Serilog is configured here only, and only to stderr: stdout carries the report.</summary>
internal static class Logging
{
    /// <summary>Debug detail with <paramref name="verbose"/>, errors only with <paramref name="quiet"/>, else warnings.</summary>
    public static ILogger Create(bool verbose, bool quiet = false) => new LoggerConfiguration()
        .MinimumLevel.Is(verbose ? LogEventLevel.Debug : quiet ? LogEventLevel.Error : LogEventLevel.Warning)
        .Enrich.With(new LogScrubber())
        .WriteTo.Console(
            standardErrorFromLevel: LogEventLevel.Verbose,
            outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}{Exception}",
            formatProvider: CultureInfo.InvariantCulture)
        .CreateLogger();
}
