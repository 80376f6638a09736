using Scanner.Checklist.Text;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// A line where the checklist sums itself up ("Completed: 48 items", "Overall Progress: 67%"), with the number the
/// document's own items give. Kind is one of "completed", "pending", "total", "progress-percent".
/// </summary>
public sealed record SummaryStatement(
    string File,
    int Line,
    string Text,
    string Kind,
    double Stated,
    double Actual,
    bool Agrees)
{
    /// <summary>Stable identity from the file and what is summed up, not the line number or the stated value.</summary>
    public string Fingerprint => StableId.Of("checklist-summary", File, Kind);
}
