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
    bool Agrees);
