namespace Scanner.Reporting.Fleet;

/// <summary>The fleet report's formats, chosen by name.</summary>
public static class FleetWriters
{
    public static readonly IReadOnlyDictionary<string, Action<FleetReport, TextWriter>> ByFormat = new Dictionary<string, Action<FleetReport, TextWriter>>(StringComparer.Ordinal)
    {
        ["html"] = FleetHtmlWriter.Write,
        ["json"] = FleetJsonWriter.Write,
        ["markdown"] = FleetMarkdownWriter.Write,
    };
}
