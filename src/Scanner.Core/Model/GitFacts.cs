namespace Scanner.Core.Model;

/// <summary>What git says about the target; empty when it is not a repository or git could not be read.</summary>
public sealed record GitFacts(bool IsRepository, string? Head, string? Branch, IReadOnlySet<string> TrackedFiles)
{
    public static GitFacts None { get; } = new(false, null, null, new HashSet<string>(StringComparer.Ordinal));
}
