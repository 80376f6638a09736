using System.Globalization;
using System.Text;

namespace Scanner.Reporting.Writers;

/// <summary>Escaping and links for GitHub-flavoured Markdown, so text from the target cannot change the layout.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes Markdown and HTML; <paramref name="keepCode"/> leaves backticks so card text keeps its code spans.</summary>
    public static string Escape(string text, bool keepCode = false)
    {
        var result = new StringBuilder(text.Length + 8);
        var inCode = false;
        foreach (var c in text)
        {
            if (keepCode && c == '`')
            {
                inCode = !inCode;
                result.Append(c);
                continue;
            }

            _ = c switch
            {
                '\r' or '\n' => result.Append(' '),
                _ when inCode => result.Append(c),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                '&' => result.Append("&amp;"),
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' => result.Append('\\').Append(c),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    /// <summary>A link to <c>path#Lline</c> (or the file when the line is unknown); plain text for the whole project.</summary>
    public static string Link(string path, int line, string? linkBase)
    {
        if (path.Length == 0 || path == ".")
        {
            return "(whole project)";
        }

        var anchor = line > 0 ? "#L" + line.ToString(CultureInfo.InvariantCulture) : "";
        var target = (linkBase ?? "") + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + anchor;
        return $"[`{path.Replace("`", "'", StringComparison.Ordinal)}{anchor}`]({target})";
    }
}
