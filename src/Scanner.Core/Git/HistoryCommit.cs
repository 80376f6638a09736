using System.Globalization;

namespace Scanner.Core.Git;

/// <summary>A commit as reports name it: its id and the day its author made it.</summary>
public sealed record HistoryCommit(string Sha, DateTimeOffset AuthorDate)
{
    public string ShortSha => Sha.Length > 10 ? Sha[..10] : Sha;

    public string Day => AuthorDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => $"{ShortSha} ({Day})";
}
