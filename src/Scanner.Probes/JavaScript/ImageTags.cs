namespace Scanner.Probes.JavaScript;

/// <summary>
/// Reads one opening tag from its <c>&lt;</c> to its closing <c>&gt;</c> across lines, skipping what is inside quotes
/// and JSX braces (<c>alt={n &gt; 1 ? a : b}</c>), and says whether it carries an <c>alt</c> attribute (<c>alt</c>,
/// <c>alt=""</c>, <c>alt={...}</c>, Vue's <c>:alt</c>) or a spread that may carry one (<c>{...props}</c>,
/// <c>v-bind="attrs"</c>). The scan is bounded: a tag longer than that is undecided.
/// </summary>
internal static class ImageTags
{
    public enum Alt { Present, Missing, Undecided }

    private const int MaxTagLength = 4000;

    public static Alt Judge(string text, int open)
    {
        var names = new System.Text.StringBuilder();
        var spread = false;
        var depth = 0;
        var quote = '\0';
        var limit = Math.Min(text.Length, open + MaxTagLength);
        for (var i = open + 1; i < limit; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (depth > 0)
            {
                quote = c is '"' or '\'' or '`' ? c : '\0';
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            else if (c is '"' or '\'')
            {
                // An attribute's value is not an attribute's name.
                quote = c;
                names.Append(' ');
            }
            else if (c == '{')
            {
                depth = 1;
                spread |= text.AsSpan(i + 1, Math.Min(8, text.Length - i - 1)).TrimStart().StartsWith("...", StringComparison.Ordinal);
                names.Append(' ');
            }
            else if (c == '>')
            {
                return Decide(names.ToString(), spread);
            }
            else
            {
                names.Append(c);
            }
        }

        return Alt.Undecided;
    }

    private static Alt Decide(string names, bool spread)
    {
        var words = names.Split([' ', '\t', '\r', '\n', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => w.Split('=')[0] is "alt" or ":alt" or "v-bind:alt" or "[alt]" or "[attr.alt]"))
        {
            return Alt.Present;
        }

        return spread || words.Any(w => w.Split('=')[0] == "v-bind") ? Alt.Undecided : Alt.Missing;
    }
}
