namespace Scanner.Probes.Text;

/// <summary>
/// A short, one-line excerpt of matched code for a finding's message ("password rule (z.string().min(12)...)"):
/// whitespace runs become one space, and text past the limit is cut with "...".
/// </summary>
public static class Snippet
{
    public static string Of(string value, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = string.Join(' ', value.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length > max ? text[..max] + "..." : text;
    }
}
