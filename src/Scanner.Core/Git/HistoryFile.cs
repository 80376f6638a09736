namespace Scanner.Core.Git;

/// <summary>A secret file (.env, key, credentials) a commit added; <see cref="InHead"/> says whether HEAD still has it.</summary>
public sealed record HistoryFile(HistoryCommit Commit, string Path, string Kind, bool InHead);
