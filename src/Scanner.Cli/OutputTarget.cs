using Scanner.Reporting;

namespace Scanner.Cli;

/// <summary>One requested report: its writer and its file, or null for stdout.</summary>
internal sealed record OutputTarget(IReportWriter Writer, string? Path);
