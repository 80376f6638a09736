using System.Text;
using System.Text.RegularExpressions;

namespace Scanner.Checklist.Parsing;

/// <summary>Small text helpers shared by both structure readers.</summary>
internal static class PlainText
{
    private static readonly Regex Link = new(@"!?\[([^\]]*)\]\([^)]*\)", RegexOptions.NonBacktracking);
    private static readonly Regex Html = new("<[^<>]*>", RegexOptions.NonBacktracking);
    private static readonly Regex Escape = new(@"\\([!-/:-@\[-`{-~])", RegexOptions.NonBacktracking);

    /// <summary>Collapses every whitespace run to one space and trims, so texts compare the way they read.</summary>
    public static string Collapse(string value)
    {
        if (IsCollapsed(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsCollapsed(string value)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) && (value[i] != ' ' || char.IsWhiteSpace(value[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A rough Markdown stripper for the line-by-line fallback, used only when Markdig cannot read the document.
    /// Single underscores stay: they are far more often part of identifiers (ENCRYPTION_KEY) than emphasis.
    /// </summary>
    public static string Strip(string raw)
    {
        var text = Link.Replace(raw, "$1");
        text = Html.Replace(text, " ");
        text = text.Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace("__", string.Empty, StringComparison.Ordinal)
            .Replace("~~", string.Empty, StringComparison.Ordinal)
            .Replace("`", string.Empty, StringComparison.Ordinal)
            .Replace("*", string.Empty, StringComparison.Ordinal);
        return Collapse(Escape.Replace(text, "$1"));
    }
}
