using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// A structured logging provider is configured where the app starts (Serilog, NLog, the JSON console formatter,
/// OpenTelemetry logging (<c>builder.Logging.AddOpenTelemetry</c>, <c>WithLogging</c>) or Application Insights), and log calls keep their values as properties: an interpolated string
/// as the message template (<c>LogInformation($"... {id}")</c>) flattens them into text and fails.
/// </summary>
public sealed class CsStructuredLogging : IProbe
{
    private static readonly string[] Providers =
    [
        "UseSerilog", "AddSerilog", "CreateBootstrapLogger", "AddJsonConsole", "UseNLog", "AddNLog", "AddNLogWeb",
        "AddApplicationInsightsTelemetry", "AddLog4Net", "AddSeq",
    ];

    private static readonly HashSet<string> LogMethods = new(StringComparer.Ordinal)
    {
        "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "Log",
        "Verbose", "Debug", "Information", "Warning", "Error", "Fatal",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var providers = app.Anywhere(Providers).Concat(app.Anywhere("CreateLogger").Where(c => c.Node.ToString().Contains("LoggerConfiguration", StringComparison.Ordinal)))
            .Concat(app.Anywhere("WithLogging").Where(c => c.Node.ToString().Contains("OpenTelemetry", StringComparison.Ordinal)))
            .Concat(app.Anywhere("AddOpenTelemetry").Where(c => CsNames.Receiver(c.Node).EndsWith("logging", StringComparison.OrdinalIgnoreCase))).ToList();
        var findings = CsVerdict.Capability(context, app, providers, "structured logging",
            "no structured logging provider (Serilog, NLog, AddJsonConsole, OpenTelemetry): logs go out as plain console text");
        findings.AddRange(app.WebCalls.Where(c => LogMethods.Contains(c.Name) && Interpolated(c.Node) && context.Card.Files.Matches(c.Doc.Path))
            .Select(c => context.Fail(c.Doc, c.Offset, $"{c.Name}() with an interpolated string: values become text, not searchable properties; use a message template")));
        return findings;
    }

    /// <summary>The message argument (the first string-like one, after an optional exception or event id) is <c>$"..."</c>.</summary>
    private static bool Interpolated(InvocationExpressionSyntax call) =>
        CsNames.Receiver(call) is var receiver && (receiver == "Log" || receiver.Contains("logger", StringComparison.OrdinalIgnoreCase))
        && call.ArgumentList.Arguments.Take(3).Any(a => a.Expression is InterpolatedStringExpressionSyntax);
}
