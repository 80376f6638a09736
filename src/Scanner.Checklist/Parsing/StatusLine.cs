using System.Text.RegularExpressions;

namespace Scanner.Checklist.Parsing;

/// <summary>Recognises a "Status: value" line (after Markdown is stripped, so "**Status:** ✅ Complete" qualifies).</summary>
internal static class StatusLine
{
    // Interpreted, within LineBounds: anchored to one line.
    private static readonly Regex Pattern = new(
        @"^(?:current |overall |implementation )?status\s*(?::|\s[-\u2013\u2014])\s*(.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        LineBounds.Timeout);

    public static bool TryMatch(string text, out string value)
    {
        value = string.Empty;
        if (text.Length is < 8 or > LineBounds.MaxLength || "sScCoOiI".IndexOf(text[0], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return false;
        }

        value = match.Groups[1].Value.Trim();
        return value.Length > 0;
    }

    /// <summary>
    /// Whether a wrapped line inside an item head starts a claim of its own (a marker or a "Status:" line) and must
    /// not be glued onto the item's text.
    /// </summary>
    public static bool StartsOwnClaim(string text) =>
        StatusMarkers.MatchLeading(text) is not null || TryMatch(text, out _);
}
