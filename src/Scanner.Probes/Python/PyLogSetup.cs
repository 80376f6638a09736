using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// How a Python app sets up logging: the calls that configure it (<c>basicConfig</c>, <c>dictConfig</c>, Django's
/// LOGGING, structlog, loguru, OpenTelemetry), and the marks of a structured (JSON, key-value) output among them.
/// </summary>
public static partial class PyLogSetup
{
    public static Regex Configuration() => LinearRegex.Pick(ConfigurationCompiled());

    public static Regex Structured() => LinearRegex.Pick(StructuredCompiled());

    [GeneratedRegex(
        @"\blogging\.basicConfig[ \t]*\(|\b(?:dictConfig|fileConfig)[ \t]*\(|^LOGGING[ \t]*=|\bstructlog\.configure[ \t]*\(|\blogger\.(?:configure|add)[ \t]*\(|\blogconfig_dict[ \t]*=|\bset_logger_provider[ \t]*\(|\bLoggingInstrumentor[ \t]*\(",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConfigurationCompiled();

    [GeneratedRegex(@"JsonFormatter|JSONFormatter|jsonlogger|JSONRenderer|serialize[ \t]*=[ \t]*True|json_log|\becs_logging\b|\bstructlog\.configure|\bset_logger_provider|\bLoggingInstrumentor", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StructuredCompiled();
}
