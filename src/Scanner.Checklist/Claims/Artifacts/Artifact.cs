namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// One thing a line names: its kind, the name as written, a pinned version for packages, the file it is said to be
/// in (<c>`import stripe` at the top of app.py</c>), and whether the line claims it is gone ("removed", "no").
/// </summary>
public sealed record Artifact(ArtifactKind Kind, string Name, bool ClaimsAbsent)
{
    public string? Version { get; init; }

    public string? InFile { get; init; }

    /// <summary>For a technology, the words any trace of it leaves in a repository that uses it.</summary>
    public IReadOnlyList<string> Traces { get; init; } = [];

    /// <summary>For a framework setting, where and how it is set.</summary>
    public ConfigSettings.Setting? Setting { get; init; }

    /// <summary>For a value from the environment named in words, the fragments a variable's name must carry, one per group.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Fragments { get; init; } = [];

    /// <summary>How the qualifier is shown in reports: the name, with its version or file when the line gives one.</summary>
    public string Display => Kind switch
    {
        ArtifactKind.PackagePin => $"{Name} {Version}",
        _ when InFile is not null => $"{Name} in {InFile}",
        _ => Name,
    };
}
