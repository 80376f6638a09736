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
/// checks, segment by segment. The rest go to <see cref="GlobMatcher"/>, linear in path × pattern whatever the
/// pattern: a non-backtracking regex costs milliseconds to build, which 500 globs turned into seconds, and the
/// patterns can come from the scanned repository (.dockerignore, .readyscanignore), so none may backtrack.
/// </remarks>
public sealed class Glob
{
    private const int MaxAlternatives = 256;
    private readonly SegmentPattern[] _segments;
    private readonly GlobMatcher[] _matchers;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var trimmed = pattern.TrimStart('/');
        var anchored = pattern.Contains('/', StringComparison.Ordinal) && !trimmed.StartsWith("**/", StringComparison.Ordinal);
        var body = trimmed.StartsWith("**/", StringComparison.Ordinal) ? trimmed[3..] : trimmed;

        // Brace groups are spelled out once, here; each alternative then takes the fast segment matcher when it can,
        // and the linear GlobMatcher when it needs more (?, ranges, ** inside a name).
        var segments = new List<SegmentPattern>();
        var matchers = new List<GlobMatcher>();
        foreach (var alternative in Braces.Expand(body, MaxAlternatives) ?? [body])
        {
            if (SegmentPattern.TryCreate(alternative, anchored) is { } fast)
            {
                segments.Add(fast);
            }
            else
            {
                matchers.Add(GlobMatcher.Create(alternative, anchored));
            }
        }

        _segments = [.. segments];
        _matchers = [.. matchers];
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _segments.Any(s => s.IsMatch(path)) || _matchers.Any(m => m.IsMatch(path));

    /// <summary>The regex text for a glob body, without anchors: the reference meaning the matchers are tested against.</summary>
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
