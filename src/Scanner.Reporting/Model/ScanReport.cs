using Scanner.Core.Model;

namespace Scanner.Reporting.Model;

/// <summary>What writers format: the probes' results and how the target was named on the command line.</summary>
public sealed record ScanReport(string Target, ScanResult Scan);
