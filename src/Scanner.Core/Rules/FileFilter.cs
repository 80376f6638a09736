using Scanner.Core.Text;

namespace Scanner.Core.Rules;

/// <summary>Which files a probe looks at: any include glob (all files when none) and no exclude glob.</summary>
public sealed class FileFilter(IReadOnlyList<Glob> include, IReadOnlyList<Glob> exclude)
{
    public static FileFilter All { get; } = new([], []);

    public IReadOnlyList<Glob> Include { get; } = include;

    public IReadOnlyList<Glob> Exclude { get; } = exclude;

    /// <summary>The globs as text: cards with the same filter share one selection of the workspace's files.</summary>
    public string Key { get; } = string.Join('\n', include.Select(g => g.Pattern)) + "\n!\n" + string.Join('\n', exclude.Select(g => g.Pattern));

    public bool Matches(string path) =>
        (Include.Count == 0 || Include.Any(g => g.IsMatch(path))) && !Exclude.Any(g => g.IsMatch(path));
}
