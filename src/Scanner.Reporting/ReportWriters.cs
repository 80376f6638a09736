using Scanner.Reporting.Writers;

namespace Scanner.Reporting;

/// <summary>The writers by format name.</summary>
public static class ReportWriters
{
    /// <summary>Every format name, in the order help text lists them.</summary>
    public static IReadOnlyList<string> Formats { get; } =
        [.. new[] { "console", "json", "sarif", "markdown", "html", "junit" }.Where(f => Create(f, ReportOptions.Default) is not null)];

    public static IReportWriter? Find(string format) => Create(format, ReportOptions.Default);

    /// <summary>The writer for <paramref name="format"/> (case-insensitive; "md" means markdown), or null if unknown.</summary>
    public static IReportWriter? Create(string format, ReportOptions options) => format.ToLowerInvariant() switch
    {
        "console" => new ConsoleReportWriter(options),
        "json" => new JsonReportWriter(),
        "sarif" => new SarifReportWriter(options),
        "junit" => new JunitReportWriter(),
        "html" => new HtmlReportWriter(),
        "markdown" or "md" => new MarkdownReportWriter(options),
        _ => null,
    };
}
