using Scanner.Checklist.Parsing;

namespace Scanner.Checklist.Reconciliation;

/// <summary>A checklist that was read, how it was found, and its parsed lines and statements.</summary>
public sealed record ChecklistFile(string Path, string FoundBy, ChecklistDocument Document);
