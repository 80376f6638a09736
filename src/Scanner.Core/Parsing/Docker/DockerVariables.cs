using System.Text;

namespace Scanner.Core.Parsing.Docker;

/// <summary>
/// ARG and ENV as BuildKit scopes them: global ARG defaults are visible to FROM lines and, inside a stage, only
/// after the stage redeclares the ARG; ENV values carry into stages built FROM an earlier stage; ARGs do not.
/// A name that is declared without a value maps to null ("set at build time, unknown here").
/// </summary>
public static class DockerVariables
{
    /// <summary>The global ARG defaults, which FROM lines see.</summary>
    public static IReadOnlyDictionary<string, string?> Global(DockerfileModel model)
    {
        var vars = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var arg in model.GlobalArgs.Where(i => i.Keyword == "ARG"))
        {
            foreach (var (name, value) in Assignments(arg))
            {
                vars[name] = value is null ? vars.GetValueOrDefault(name) : Expand(value, vars);
            }
        }

        return vars;
    }

    /// <summary>The variables an instruction of a stage sees (all of the stage's ARG/ENV before it; the whole stage when null).</summary>
    public static IReadOnlyDictionary<string, string?> At(DockerfileModel model, DockerStage stage, DockerInstruction? before = null)
    {
        var global = Global(model);
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        var chain = model.Chain(stage);
        for (var i = chain.Count - 1; i >= 1; i--)
        {
            Apply(chain[i], null, global, env, new Dictionary<string, string?>(StringComparer.Ordinal));
        }

        var args = new Dictionary<string, string?>(StringComparer.Ordinal);
        Apply(stage, before, global, env, args);
        foreach (var (name, value) in env)
        {
            args[name] = value;
        }

        return args;
    }

    /// <summary>The names and values an ARG or ENV sets, in order; ARG without <c>=</c> has a null value.</summary>
    public static IReadOnlyList<(string Name, string? Value)> Assignments(DockerInstruction instruction)
    {
        var words = DockerWords.Split(instruction.Body);
        if (words.Count == 0)
        {
            return [];
        }

        if (instruction.Keyword == "ENV" && !words[0].Contains('=', StringComparison.Ordinal))
        {
            var legacyValue = instruction.Body[(instruction.Body.IndexOf(words[0], StringComparison.Ordinal) + words[0].Length)..].Trim();
            return [(words[0], string.Join(' ', DockerWords.Split(legacyValue)))];
        }

        return [.. words.Select(w => w.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0 ? (w[..eq], (string?)w[(eq + 1)..]) : (w, null))];
    }

    /// <summary>
    /// <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR-default}</c>, <c>${VAR:+alt}</c> expanded; null when a
    /// variable with no value and no default is used, because then the result is only known at build time.
    /// </summary>
    public static string? Expand(string text, IReadOnlyDictionary<string, string?> vars)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '$')
            {
                sb.Append('$');
                i++;
            }
            else if (c != '$' || i + 1 >= text.Length)
            {
                sb.Append(c);
            }
            else if (!TryReference(text, i, vars, out var value, out var end))
            {
                sb.Append(c);
            }
            else if (value is null)
            {
                return null;
            }
            else
            {
                sb.Append(value);
                i = end;
            }
        }

        return sb.ToString();
    }

    private static void Apply(DockerStage stage, DockerInstruction? before, IReadOnlyDictionary<string, string?> global, Dictionary<string, string?> env, Dictionary<string, string?> args)
    {
        foreach (var instruction in stage.Instructions)
        {
            if (instruction == before)
            {
                break;
            }

            var isArg = instruction.Keyword == "ARG";
            if (!isArg && instruction.Keyword != "ENV")
            {
                continue;
            }

            foreach (var (name, value) in Assignments(instruction))
            {
                var visible = new Dictionary<string, string?>(args, StringComparer.Ordinal);
                foreach (var (k, v) in env)
                {
                    visible[k] = v;
                }

                var resolved = value is null ? global.GetValueOrDefault(name) : Expand(value, visible);
                (isArg ? args : env)[name] = resolved;
            }
        }
    }

    private static bool TryReference(string text, int dollar, IReadOnlyDictionary<string, string?> vars, out string? value, out int end)
    {
        value = null;
        end = dollar;
        if (text[dollar + 1] == '{')
        {
            var close = text.IndexOf('}', dollar + 2);
            if (close < 0)
            {
                return false;
            }

            var inner = text[(dollar + 2)..close];
            end = close;
            var op = inner.IndexOfAny([':', '-', '+']);
            var name = op < 0 ? inner : inner[..op];
            var known = vars.TryGetValue(name, out var current) && current is not null;
            var modifier = op < 0 ? "" : inner[op..];
            value = modifier switch
            {
                "" => known ? current : null,
                _ when modifier.StartsWith(":-", StringComparison.Ordinal) => known && current!.Length > 0 ? current : modifier[2..],
                _ when modifier.StartsWith('-') => known ? current : modifier[1..],
                _ when modifier.StartsWith(":+", StringComparison.Ordinal) => known && current!.Length > 0 ? modifier[2..] : known ? "" : null,
                _ when modifier.StartsWith('+') => known ? modifier[1..] : null,
                _ => known ? current : null,
            };
            return true;
        }

        var length = 0;
        while (dollar + 1 + length < text.Length && (char.IsAsciiLetterOrDigit(text[dollar + 1 + length]) || text[dollar + 1 + length] == '_'))
        {
            length++;
        }

        if (length == 0 || char.IsAsciiDigit(text[dollar + 1]))
        {
            return false;
        }

        end = dollar + length;
        value = vars.TryGetValue(text.Substring(dollar + 1, length), out var v) ? v : null;
        return true;
    }
}
