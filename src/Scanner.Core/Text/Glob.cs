using System.Text;
using System.Text.RegularExpressions;

namespace Scanner.Core.Text;

/// <summary>
/// A path glob with gitignore-like meaning: <c>*</c> stays inside one folder, <c>**</c> crosses folders,
/// <c>{a,b}</c> alternates, and a pattern without '/' matches the file name at any depth.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var trimmed = pattern.TrimStart('/');
        var prefix = pattern.Contains('/', StringComparison.Ordinal) && !trimmed.StartsWith("**/", StringComparison.Ordinal)
            ? "^"
            : "^(?:.*/)?";
        var body = trimmed.StartsWith("**/", StringComparison.Ordinal) ? trimmed[3..] : trimmed;
        _regex = new Regex(prefix + ToRegexBody(body) + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path);

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
