using System.Globalization;
using System.Text;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Cleans a heading for the section path: emoji and status symbols at either end are decoration ("🚨 Critical
/// Blockers", "Auth ✅") and would make the same section look different across files.
/// </summary>
internal static class HeadingText
{
    public static string Clean(string heading)
    {
        var runes = heading.EnumerateRunes().ToList();
        var start = 0;
        while (start < runes.Count && IsDecoration(runes[start]))
        {
            start++;
        }

        var end = runes.Count;
        while (end > start && IsDecoration(runes[end - 1]))
        {
            end--;
        }

        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            builder.Append(runes[i].ToString());
        }

        return builder.ToString();
    }

    private static bool IsDecoration(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
