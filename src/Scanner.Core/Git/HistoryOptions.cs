namespace Scanner.Core.Git;

/// <summary>Scan the commits reachable from HEAD; with <see cref="Since"/>, only those not reachable from that revision.</summary>
public sealed record HistoryOptions(string? Since = null)
{
    /// <summary>Told (commits scanned, commits in all) as the history scan goes; null tells nobody.</summary>
    public Action<int, int>? Progress { get; init; }
}
