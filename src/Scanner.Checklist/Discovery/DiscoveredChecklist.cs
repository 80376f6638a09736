namespace Scanner.Checklist.Discovery;

/// <summary>A checklist file to read, and why it was picked ("name contains 'checklist'", "--checklist").</summary>
public sealed record DiscoveredChecklist(string Path, string Reason);
