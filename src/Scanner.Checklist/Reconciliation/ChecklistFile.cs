using Scanner.Checklist.Parsing;

namespace Scanner.Checklist.Reconciliation;

/// <summary>A checklist that was read, how it was found, and its parsed lines and statements.</summary>
public sealed record ChecklistFile(string Path, string FoundBy, ChecklistDocument Document)
{
    /// <summary>Where the file was read on disk, for outputs written beside it (<c>--annotate</c>); null if unknown.</summary>
    public string? SourcePath { get; init; }
}
