namespace Scanner.Core.Workspaces;

/// <summary>A file the walk accepted: repo-relative path with '/', the full path to read, and its size.</summary>
public sealed record WorkspaceFile(string Path, string FullPath, long Size);
