using System.Text;

namespace Scanner.Core.Parsing.Docker;

/// <summary>Splits instruction arguments into words the way BuildKit does: quotes group, backslash escapes.</summary>
public static class DockerWords
{
    public static IReadOnlyList<string> Split(string arguments)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char quote = '\0';
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && quote == '"' && i + 1 < arguments.Length && arguments[i + 1] is '"' or '\\')
                {
                    current.Append(arguments[++i]);
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                inWord = true;
                if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '\\' && i + 1 < arguments.Length)
                {
                    current.Append(arguments[++i]);
                }
                else
                {
                    current.Append(c);
                }
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>The leading <c>--flag=value</c> / <c>--flag</c> words and the text after them.</summary>
    public static (IReadOnlyList<KeyValuePair<string, string>> Flags, string Remainder) Flags(string arguments)
    {
        var flags = new List<KeyValuePair<string, string>>();
        var rest = arguments.TrimStart();
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOfAny([' ', '\t']);
            var word = end < 0 ? rest : rest[..end];
            var eq = word.IndexOf('=', StringComparison.Ordinal);
            flags.Add(eq < 0
                ? new(word[2..].ToLowerInvariant(), "")
                : new(word[2..eq].ToLowerInvariant(), word[(eq + 1)..].Trim('"', '\'')));
            rest = end < 0 ? "" : rest[end..].TrimStart();
        }

        return (flags, rest);
    }
}
