using YamlDotNet.Core;

namespace Scanner.Core.Rules;

/// <summary>
/// Turns YamlDotNet's type errors ("Invalid cast from 'System.String' to 'List`1[…]'") into what a card author can
/// act on: the card, the line, the field, and the shape that field expects.
/// </summary>
internal static class CardYamlError
{
    public static string Describe(string source, string yaml, YamlException error)
    {
        var line = (int)error.Start.Line;
        var inner = Innermost(error).Message;
        var field = FieldAt(yaml, line);
        var expected = Expected(inner);
        if (field is not null && expected is not null)
        {
            return $"{source}:{line}: field '{field}' must be {expected}";
        }

        // A YAML syntax error reads well as it is; a type error YamlDotNet words in .NET type names never does.
        return inner.Contains("System.", StringComparison.Ordinal)
            ? $"{source}:{line}: {(field is null ? "a value" : $"field '{field}'")} is not of the shape this field takes (compare an existing card)"
            : $"{source}:{line}: {inner}";
    }

    /// <summary>The key on the error's line (or the nearest key above it, for a value on lines of its own).</summary>
    private static string? FieldAt(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
        {
            var text = lines[i].Trim().TrimStart('-').Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && text[..colon].All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
            {
                return text[..colon];
            }
        }

        return null;
    }

    private static string? Expected(string message) => message switch
    {
        _ when message.Contains("to 'System.Collections.Generic.List", StringComparison.Ordinal) => "a list (e.g. [a, b] or one '- item' a line), not a single value",
        _ when message.Contains("Expected 'SequenceStart'", StringComparison.Ordinal) => "a list (e.g. [a, b] or one '- item' a line)",
        _ when message.Contains("Expected 'MappingStart'", StringComparison.Ordinal) => "a mapping of keys to values",
        _ when message.Contains("Invalid cast from 'System.String' to 'Scanner.", StringComparison.Ordinal) => "a mapping of keys to values (see an existing card), not a single value",
        _ when message.Contains("instance of type 'System.String'", StringComparison.Ordinal) => "a single value (or a list of them), not a mapping or a nested list",
        _ when message.Contains("valid YAML Boolean", StringComparison.Ordinal) => "true or false",
        _ when message.Contains("deserialize the node into type System.String", StringComparison.Ordinal) => "a single value (text), not a list or a mapping",
        _ => null,
    };

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
