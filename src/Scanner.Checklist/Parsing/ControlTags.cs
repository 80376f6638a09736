using System.Text.RegularExpressions;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Reads <c>&lt;!-- readyscan: control-id --&gt;</c>, the author's explicit link from a line to a control. The
/// suppression comment <c>readyscan:ignore</c> shares the prefix and is not a tag.
/// </summary>
internal static class ControlTags
{
    private static readonly Regex Tag = new(
        @"<!--\s*readyscan\s*:\s*([a-z0-9][a-z0-9._-]*)\s*-->",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static string? Find(string line)
    {
        if (!line.Contains("readyscan", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var match = Tag.Match(line); match.Success; match = match.NextMatch())
        {
            var id = match.Groups[1].Value.ToLowerInvariant();
            if (id != "ignore")
            {
                return id;
            }
        }

        return null;
    }
}
