using System.Text;
using System.Text.RegularExpressions;

namespace Scanner.Core.Text;

/// <summary>
/// A path glob with gitignore-like meaning: <c>*</c> stays inside one folder, <c>**</c> crosses folders,
/// <c>{a,b}</c> alternates, and a pattern without '/' matches the file name at any depth.
/// </summary>
/// <remarks>
/// Hundreds of globs are built at every start (every card's file filter), and each is asked about every file, so
/// the common shapes (<c>*.js</c>, <c>**/Dockerfile*</c>, <c>.github/workflows/*.{yml,yaml}</c>) are plain string
/// checks, segment by segment. Only the rest become a regex, interpreted with a match budget: a non-backtracking
/// regex costs milliseconds to build, which 500 globs turned into seconds, and the patterns can come from the
/// scanned repository (.dockerignore, .readyscanignore), so they get a budget, not trust.
/// </remarks>
public sealed class Glob
{
    private static readonly TimeSpan MatchBudget = TimeSpan.FromMilliseconds(100);
    private readonly SegmentPattern? _segments;
    private readonly Regex? _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var trimmed = pattern.TrimStart('/');
        var anchored = pattern.Contains('/', StringComparison.Ordinal) && !trimmed.StartsWith("**/", StringComparison.Ordinal);
        var body = trimmed.StartsWith("**/", StringComparison.Ordinal) ? trimmed[3..] : trimmed;
        _segments = SegmentPattern.TryCreate(body, anchored);
        if (_segments is not null)
        {
            return;
        }

        var prefix = anchored ? "^" : "^(?:.*/)?";
        _regex = new Regex(prefix + ToRegexBody(body) + "$", RegexOptions.CultureInvariant, MatchBudget);
    }

    public string Pattern { get; }

    public bool IsMatch(string path)
    {
        if (_segments is not null)
        {
            return _segments.IsMatch(path);
        }

        try
        {
            return _regex!.IsMatch(path);
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a pathological pattern against a pathological path gets here; not matching keeps the file in
            // whatever the default is (scanned, not ignored) rather than hiding it.
            return false;
        }
    }

    /// <summary>The regex text for a glob body, without anchors; shared with the .gitignore reader.</summary>
    public static string ToRegexBody(string glob)
    {
        var sb = new StringBuilder();
        var braces = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    i++;
                    if (i + 1 < glob.Length && glob[i + 1] == '/')
                    {
                        i++;
                        sb.Append("(?:.*/)?");
                    }
                    else
                    {
                        sb.Append(".*");
                    }

                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        sb.Append(@"\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    sb.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set).Append(']');
                    i = close;
                    break;
                case '{':
                    braces++;
                    sb.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    sb.Append(')');
                    break;
                case ',' when braces > 0:
                    sb.Append('|');
                    break;
                case '\\' when i + 1 < glob.Length:
                    sb.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        for (; braces > 0; braces--)
        {
            sb.Append(')');
        }

        return sb.ToString();
    }
}
