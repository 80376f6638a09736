using System.Globalization;
using Serilog;
using Serilog.Events;

namespace Scanner.Cli;

/// <summary>Serilog is configured here only, and only to stderr: stdout carries the report.</summary>
internal static class Logging
{
    public static ILogger Create(bool verbose) => new LoggerConfiguration()
        .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Warning)
        .WriteTo.Console(
            standardErrorFromLevel: LogEventLevel.Verbose,
            outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}{Exception}",
            formatProvider: CultureInfo.InvariantCulture)
        .CreateLogger();
}
