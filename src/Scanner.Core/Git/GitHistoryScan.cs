namespace Scanner.Core.Git;

/// <summary>What the history scan found; <see cref="Error"/> says why it could not finish, when it could not.</summary>
public sealed record GitHistoryScan(int Commits, int Blobs, IReadOnlyList<HistorySecret> Secrets, IReadOnlyList<HistoryFile> Files, string? Error)
{
    public static GitHistoryScan Failed(string error) => new(0, 0, [], [], error);
}
