using Scanner.Core.Text;

namespace Scanner.Core.Workspaces;

/// <summary>One line of a .gitignore, compiled, with the folder it was read in.</summary>
internal sealed record GitIgnoreRule(string BaseDir, GlobMatcher Matcher, bool Negate, bool DirectoryOnly)
{
    /// <summary>The file the rule was read from, repo-relative, and its 1-based line: evidence for reports.</summary>
    public string Source { get; init; } = ".gitignore";

    public int Line { get; init; }

    public string Pattern { get; init; } = "";
}
