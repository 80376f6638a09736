namespace Scanner.Checklist.Parsing;

/// <summary>Everything one checklist file says about itself.</summary>
public sealed record ChecklistDocument(
    string File,
    IReadOnlyList<ChecklistItem> Items,
    IReadOnlyList<SummaryStatement> Summaries,
    IReadOnlyList<SelfContradiction> Contradictions,
    IReadOnlyList<string> Notes);
