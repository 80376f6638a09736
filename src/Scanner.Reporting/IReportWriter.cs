using Scanner.Reporting.Model;

namespace Scanner.Reporting;

/// <summary>One output format. Writers never compute verdicts; they only lay out what the report holds.</summary>
public interface IReportWriter
{
    string Format { get; }

    void Write(ScanReport report, TextWriter output);
}
