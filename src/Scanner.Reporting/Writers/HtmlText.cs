using System.Globalization;
using System.Text;

namespace Scanner.Reporting.Writers;

/// <summary>HTML escaping for text and attribute values; nothing from the target reaches the page unescaped.</summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => result.Append("&amp;"),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                '"' => result.Append("&quot;"),
                '\'' => result.Append("&#39;"),
                _ when char.IsControl(c) && c is not '\n' and not '\t' => result.Append('\uFFFD'),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"path:line" (or the path, or "whole project") as text; reports are files, so no link can resolve.</summary>
    public static string Where(string? path, int line) =>
        string.IsNullOrEmpty(path) || path == "." ? "(whole project)" : line > 0 ? $"{path}:{N(line)}" : path;
}
