namespace Scanner.Checklist.Parsing;

/// <summary>
/// A status table's row: <c>| Rate limiting | ✅ | sliding window |</c>. The cell that is a status marker (alone, or
/// with a word or two: "✅ Done", "❌ Missing") is the claim; the other cells, joined, are what is claimed. The header
/// and separator rows have no marker cell and are not items.
/// </summary>
internal static class TableRow
{
    private const int MaxStatusWords = 3;

    public static bool TryMatch(string text, out string subject, out MarkerMatch? marker)
    {
        subject = "";
        marker = null;
        var trimmed = text.Trim();
        if (trimmed.Length < 3 || trimmed[0] != '|' || trimmed.IndexOf('|', 1) < 0)
        {
            return false;
        }

        var cells = trimmed.Trim('|').Split('|').Select(c => c.Trim()).ToList();
        var at = cells.FindIndex(c => StatusMarkers.MatchLeading(c) is { Claimed: not null } m && m.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxStatusWords);
        if (at < 0)
        {
            return false;
        }

        marker = StatusMarkers.MatchLeading(cells[at]);
        subject = string.Join(" — ", cells.Where((c, i) => i != at && c.Length > 0));
        return subject.Length > 0;
    }
}
