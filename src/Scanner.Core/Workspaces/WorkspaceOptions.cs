using Scanner.Core.Git;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Core.Workspaces;

public sealed record WorkspaceOptions
{
    public const long DefaultMaxFileSize = 5L * 1024 * 1024;

    /// <summary>Files above this many bytes are skipped with a note; minified bundles rarely pass 5 MiB.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>Read git facts (HEAD, tracked files) through LibGit2Sharp when the target is a repository.</summary>
    public bool ReadGit { get; init; } = true;

    /// <summary>Git facts supplied by the caller instead of read (a fixture declares its index); null = read or none.</summary>
    public GitFacts? Git { get; init; }

    /// <summary>Scan the commit history too (<c>--history</c>); null = the working tree only.</summary>
    public HistoryOptions? History { get; init; }

    /// <summary>Paths left out of the scan (<c>--exclude</c>, gitignore-style globs); a matching folder drops all it holds.</summary>
    public IReadOnlyList<Glob> Exclude { get; init; } = [];
}
