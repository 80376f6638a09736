using System.Text;
using Scanner.Core.Text;

namespace Scanner.Core.Parsing.Docker;

/// <summary>
/// Reads Dockerfile instructions with exact lines: the escape directive, line continuations, comment lines inside
/// continuations, and heredoc bodies (skipped as data). It never throws; odd lines become instructions as written.
/// </summary>
public static class DockerfileParser
{
    public static DockerfileModel Parse(SourceText text)
    {
        var escape = EscapeDirective(text);
        var instructions = new List<DockerInstruction>();
        var line = 1;
        while (line <= text.LineCount)
        {
            var raw = text.Line(line).Trim().ToString();
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                line++;
                continue;
            }

            var start = line;
            var joined = new StringBuilder();
            while (true)
            {
                var content = text.Line(line).ToString();
                var trimmed = content.TrimEnd();
                if (joined.Length > 0 && content.TrimStart().StartsWith('#'))
                {
                    line++;
                    if (line > text.LineCount)
                    {
                        break;
                    }

                    continue;
                }

                var continues = trimmed.EndsWith(escape) && line < text.LineCount;
                joined.Append(continues ? trimmed[..^1] : trimmed).Append(' ');
                line++;
                if (!continues)
                {
                    break;
                }
            }

            var instruction = Build(joined.ToString().Trim(), start, line - 1);
            instructions.Add(instruction);
            line = SkipHeredoc(text, instruction.Arguments, line);
        }

        return Group(instructions);
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
                var words = instruction.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToArray();
                var name = words.Length >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                current = [];
                stages.Add(new DockerStage(stages.Count, words.Length > 0 ? words[0] : "", name, instruction.Line, current));
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

    private static char EscapeDirective(SourceText text)
    {
        for (var line = 1; line <= text.LineCount; line++)
        {
            var content = text.Line(line).Trim().ToString();
            if (!content.StartsWith('#'))
            {
                break;
            }

            var directive = content[1..].Replace(" ", "", StringComparison.Ordinal);
            if (directive.StartsWith("escape=", StringComparison.OrdinalIgnoreCase) && directive.Length > 7)
            {
                return directive[7];
            }
        }

        return '\\';
    }

    /// <summary>Past the bodies of <c>&lt;&lt;EOF</c> / <c>&lt;&lt;-"EOF"</c> heredocs opened by an instruction.</summary>
    private static int SkipHeredoc(SourceText text, string arguments, int line)
    {
        var at = arguments.IndexOf("<<", StringComparison.Ordinal);
        while (at >= 0)
        {
            var word = new string(arguments[(at + 2)..].TrimStart('-').Trim('"', '\'').TakeWhile(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
            if (word.Length > 0)
            {
                while (line <= text.LineCount && text.Line(line).Trim().ToString() != word)
                {
                    line++;
                }

                line++;
            }

            at = arguments.IndexOf("<<", at + 2, StringComparison.Ordinal);
        }

        return line;
    }
}
