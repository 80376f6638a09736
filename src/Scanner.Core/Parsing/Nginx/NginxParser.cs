using System.Text;
using Scanner.Core.Text;

namespace Scanner.Core.Parsing.Nginx;

/// <summary>
/// Reads nginx configuration syntax: words and quoted strings, <c>;</c>-terminated directives, <c>{ }</c> blocks,
/// <c>#</c> comments, each directive with its line. It never throws; the first syntax error ends the file with
/// a message and a line.
/// </summary>
public static class NginxParser
{
    private const int MaxDepth = 64;

    public static NginxFile Parse(string path, SourceText text)
    {
        var root = new List<NginxDirective>();
        var stack = new Stack<(string Name, List<string> Args, int Line, List<NginxDirective> Children)>();
        var children = root;
        var words = new List<string>();
        var wordsLine = 0;
        foreach (var (token, kind, offset) in Tokens(text.Text))
        {
            var line = text.LineOf(offset);
            switch (kind)
            {
                case TokenKind.Word:
                    wordsLine = words.Count == 0 ? line : wordsLine;
                    words.Add(token);
                    break;
                case TokenKind.Semicolon when words.Count > 0:
                    children.Add(new NginxDirective(words[0], [.. words.Skip(1)], path, wordsLine));
                    words.Clear();
                    break;
                case TokenKind.Open when words.Count > 0:
                    if (stack.Count >= MaxDepth)
                    {
                        return Fail(path, root, $"blocks nested deeper than {MaxDepth} levels", line);
                    }

                    stack.Push((words[0], [.. words.Skip(1)], wordsLine, children));
                    children = [];
                    words.Clear();
                    break;
                case TokenKind.Close when words.Count == 0 && stack.Count > 0:
                    var (name, args, blockLine, parent) = stack.Pop();
                    parent.Add(new NginxDirective(name, args, path, blockLine, children));
                    children = parent;
                    break;
                case TokenKind.Unterminated:
                    return Fail(path, root, "unterminated quoted string", line);
                default:
                    return Fail(path, root, $"unexpected '{token}'" + (words.Count > 0 ? $" after '{words[0]}' (missing ';'?)" : ""), line);
            }
        }

        if (words.Count > 0)
        {
            return Fail(path, root, $"directive '{words[0]}' has no ending ';'", wordsLine);
        }

        return stack.Count > 0 ? Fail(path, root, $"block '{stack.Peek().Name}' is never closed", stack.Peek().Line) : new NginxFile(path, root);
    }

    private static NginxFile Fail(string path, List<NginxDirective> parsed, string message, int line) => new(path, parsed, message, line);

    private enum TokenKind
    {
        Word,
        Semicolon,
        Open,
        Close,
        Unterminated,
    }

    private static IEnumerable<(string Token, TokenKind Kind, int Offset)> Tokens(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '#')
            {
                while (i < s.Length && s[i] != '\n')
                {
                    i++;
                }
            }
            else if (c is ';' or '{' or '}')
            {
                yield return (c.ToString(), c == ';' ? TokenKind.Semicolon : c == '{' ? TokenKind.Open : TokenKind.Close, i);
                i++;
            }
            else if (c is '"' or '\'')
            {
                var start = i;
                var sb = new StringBuilder();
                i++;
                while (i < s.Length && s[i] != c)
                {
                    if (s[i] == '\\' && i + 1 < s.Length)
                    {
                        i++;
                    }

                    sb.Append(s[i++]);
                }

                if (i >= s.Length)
                {
                    yield return ("", TokenKind.Unterminated, start);
                    yield break;
                }

                i++;
                yield return (sb.ToString(), TokenKind.Word, start);
            }
            else
            {
                var start = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not (';' or '{' or '}' or '"' or '\''))
                {
                    if (s[i] == '$' && i + 1 < s.Length && s[i + 1] == '{')
                    {
                        var close = s.IndexOf('}', i);
                        i = close < 0 ? s.Length : close + 1;
                        continue;
                    }

                    i++;
                }

                yield return (s[start..i], TokenKind.Word, start);
            }
        }
    }
}
