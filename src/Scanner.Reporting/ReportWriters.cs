using Scanner.Reporting.Writers;

namespace Scanner.Reporting;

/// <summary>The writers by format name.</summary>
public static class ReportWriters
{
    private static readonly IReadOnlyList<IReportWriter> All = [new ConsoleReportWriter(), new JsonReportWriter()];

    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(w => w.Format)];

    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
