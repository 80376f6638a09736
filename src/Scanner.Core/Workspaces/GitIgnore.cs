using Scanner.Core.Text;

namespace Scanner.Core.Workspaces;

/// <summary>
/// The .gitignore rules in force for a folder: outer files first, inner files after, the last matching rule wins
/// (so a nested file or a later <c>!negation</c> can re-include a path).
/// </summary>
internal sealed class GitIgnore
{
    private readonly List<GitIgnoreRule> _rules;

    private GitIgnore(List<GitIgnoreRule> rules) => _rules = rules;

    public static GitIgnore Empty { get; } = new([]);

    public int Count => _rules.Count;

    /// <summary>A copy with the rules of one more file, read in <paramref name="baseDir"/> ("" for the root).</summary>
    public GitIgnore With(string baseDir, string content, string source = ".gitignore")
    {
        if (content.Length == 0)
        {
            return this;
        }

        var rules = new List<GitIgnoreRule>(_rules);
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var rule = Compile(baseDir, lines[i].TrimEnd('\r'));
            if (rule is not null)
            {
                rules.Add(rule with { Source = source, Line = i + 1 });
            }
        }

        return new GitIgnore(rules);
    }

    public bool IsIgnored(string relativePath, bool isDirectory) => Match(relativePath, isDirectory) is not null;

    /// <summary>The rule that ignores the path (the last match decides), or null when it is not ignored.</summary>
    public GitIgnoreMatch? Match(string relativePath, bool isDirectory)
    {
        GitIgnoreRule? deciding = null;
        foreach (var rule in _rules)
        {
            if (rule.DirectoryOnly && !isDirectory)
            {
                continue;
            }

            string local;
            if (rule.BaseDir.Length == 0)
            {
                local = relativePath;
            }
            else if (relativePath.StartsWith(rule.BaseDir + "/", StringComparison.Ordinal))
            {
                local = relativePath[(rule.BaseDir.Length + 1)..];
            }
            else
            {
                continue;
            }

            if (rule.Matcher.IsMatch(local))
            {
                deciding = rule.Negate ? null : rule;
            }
        }

        return deciding is null ? null : new GitIgnoreMatch(deciding.Source, deciding.Line, deciding.Pattern);
    }

    private static GitIgnoreRule? Compile(string baseDir, string line)
    {
        var text = TrimUnescapedTrailingSpaces(line);
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return null;
        }

        var negate = text.StartsWith('!');
        if (negate)
        {
            text = text[1..];
        }
        else if (text.StartsWith("\\#", StringComparison.Ordinal) || text.StartsWith("\\!", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        var anchored = text.Contains('/', StringComparison.Ordinal);
        text = text.TrimStart('/');
        // Patterns come from the scanned repository: a backtracking regex could be made to run for minutes on each
        // path ("*a*a*a*a*b" against a long name), and a timeout would only turn that into a wrong answer.
        var matcher = GlobMatcher.Create(text, anchored);
        return new GitIgnoreRule(baseDir, matcher, negate, directoryOnly) { Pattern = line.Trim() };
    }

    private static string TrimUnescapedTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && (end < 2 || line[end - 2] != '\\'))
        {
            end--;
        }

        return line[..end];
    }
}
