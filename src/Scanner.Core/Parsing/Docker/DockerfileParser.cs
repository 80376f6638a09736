using System.Text;
using Scanner.Core.Text;

namespace Scanner.Core.Parsing.Docker;

/// <summary>
/// Reads Dockerfile instructions with exact lines: parser directives, the escape character, line continuations,
/// comment lines inside continuations, and heredoc bodies (kept on the instruction, never read as instructions).
/// It never throws; odd lines become instructions as written.
/// </summary>
public static class DockerfileParser
{
    private static readonly HashSet<string> DirectiveNames = new(["syntax", "escape", "check"], StringComparer.OrdinalIgnoreCase);

    public static DockerfileModel Parse(SourceText text)
    {
        var directives = Directives(text);
        var escape = directives.TryGetValue("escape", out var e) && e.Length == 1 ? e[0] : '\\';
        var instructions = new List<DockerInstruction>();
        var line = 1;
        while (line <= text.LineCount)
        {
            var raw = text.Line(line).Trim();
            if (raw.Length == 0 || raw[0] == '#')
            {
                line++;
                continue;
            }

            var start = line;
            var joined = new StringBuilder();
            while (line <= text.LineCount)
            {
                var content = text.Line(line);
                line++;
                if (joined.Length > 0 && content.TrimStart().StartsWith("#"))
                {
                    continue;
                }

                var trimmed = content.TrimEnd();
                var continues = trimmed.Length > 0 && trimmed[^1] == escape && line <= text.LineCount;
                joined.Append(continues ? trimmed[..^1] : trimmed).Append(' ');
                if (!continues)
                {
                    break;
                }
            }

            var instruction = Build(joined.ToString().Trim(), start, line - 1);
            var (heredoc, after) = ReadHeredocs(text, instruction.Arguments, line);
            instructions.Add(heredoc is null ? instruction : instruction with { Heredoc = heredoc, EndLine = after - 1 });
            line = after;
        }

        return Group(instructions) with { Directives = directives };
    }

    private static DockerInstruction Build(string joined, int start, int end)
    {
        var space = joined.IndexOfAny([' ', '\t']);
        var keyword = (space < 0 ? joined : joined[..space]).ToUpperInvariant();
        var arguments = space < 0 ? "" : joined[(space + 1)..].Trim();
        return new DockerInstruction(keyword, arguments, start, end);
    }

    private static DockerfileModel Group(List<DockerInstruction> instructions)
    {
        var globals = new List<DockerInstruction>();
        var stages = new List<DockerStage>();
        List<DockerInstruction>? current = null;
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                var words = DockerWords.Split(instruction.Body);
                var name = words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                current = [];
                stages.Add(new DockerStage(stages.Count, words.Count > 0 ? words[0] : "", name, instruction.Line, current) { From = instruction });
            }
            else if (current is null)
            {
                globals.Add(instruction);
            }
            else
            {
                current.Add(instruction);
            }
        }

        return new DockerfileModel(globals, stages);
    }

    /// <summary>
    /// Directives are <c># key=value</c> lines at the very top; the first line that is not one (a comment, a blank
    /// line, an instruction) ends them, as in BuildKit. Unknown keys end them too.
    /// </summary>
    private static Dictionary<string, string> Directives(SourceText text)
    {
        var directives = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = 1; line <= text.LineCount; line++)
        {
            var content = text.Line(line).Trim().ToString();
            var eq = content.IndexOf('=', StringComparison.Ordinal);
            if (!content.StartsWith('#') || eq < 0)
            {
                break;
            }

            var key = content[1..eq].Trim();
            if (!DirectiveNames.Contains(key) || directives.ContainsKey(key))
            {
                break;
            }

            directives[key.ToLowerInvariant()] = content[(eq + 1)..].Trim();
        }

        return directives;
    }

    /// <summary>The bodies of the <c>&lt;&lt;EOF</c> / <c>&lt;&lt;-"EOF"</c> heredocs an instruction opens, and the line after them.</summary>
    private static (string? Body, int Next) ReadHeredocs(SourceText text, string arguments, int line)
    {
        StringBuilder? body = null;
        var at = arguments.IndexOf("<<", StringComparison.Ordinal);
        while (at >= 0)
        {
            var rest = arguments[(at + 2)..];
            var stripTabs = rest.StartsWith('-');
            var word = new string(rest.TrimStart('-').TrimStart('"', '\'').TakeWhile(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
            if (word.Length > 0 && !char.IsAsciiDigit(word[0]))
            {
                body ??= new StringBuilder();
                while (line <= text.LineCount)
                {
                    var content = text.Line(line).ToString();
                    line++;
                    if ((stripTabs ? content.TrimStart('\t') : content).TrimEnd() == word)
                    {
                        break;
                    }

                    body.Append(content).Append('\n');
                }
            }

            at = arguments.IndexOf("<<", at + 2, StringComparison.Ordinal);
        }

        return (body?.ToString(), line);
    }
}
