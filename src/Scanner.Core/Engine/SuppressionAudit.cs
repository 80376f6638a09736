using System.Globalization;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Engine;

/// <summary>
/// Finds the <c>readyscan:ignore</c> markers that can never do anything and says so in a scan note, since a
/// marker that silently fails leaves a team believing a finding is accepted: an id no probe has (a typo), no
/// <c>-- reason</c> (the reason is required), or an <c>until</c> date that is past or unreadable.
/// </summary>
public static class SuppressionAudit
{
    public const string NoteKind = "suppression-ignored";

    private const string Marker = "readyscan:ignore";

    public static void Check(Workspace workspace, ProbeCatalog catalog, DateOnly today)
    {
        foreach (var file in workspace.Files)
        {
            if (workspace.Read(file) is not { } doc || !doc.Content.Contains(Marker, StringComparison.Ordinal))
            {
                continue;
            }

            for (var line = 1; line <= doc.Text.LineCount; line++)
            {
                var text = doc.Text.Line(line).ToString();
                var at = text.IndexOf(Marker, StringComparison.Ordinal);
                if (at >= 0 && Problem(text[(at + Marker.Length)..], catalog, today) is { } problem)
                {
                    workspace.AddNote(new ScanNote(file.Path, NoteKind, string.Create(CultureInfo.InvariantCulture, $"line {line}: {problem}")) { Line = line });
                }
            }
        }
    }

    /// <summary>What is wrong with the marker whose text follows "readyscan:ignore", or null when it is sound (or not a marker).</summary>
    public static string? Problem(string rest, ProbeCatalog catalog, DateOnly today)
    {
        var (ids, tail) = Split(rest);
        if (ids.Length == 0)
        {
            return null;
        }

        var unknown = ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(id => catalog.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            return $"the ignore marker names {string.Join(", ", unknown.Select(id => $"'{id}'"))}, which no probe has ('readyscan rules list' shows the ids): it suppresses nothing";
        }

        string? until = null;
        if (tail.StartsWith("until ", StringComparison.Ordinal))
        {
            var (date, after) = Split(tail[6..], token: true);
            until = date;
            tail = after;
        }

        if (!tail.StartsWith("--", StringComparison.Ordinal) || tail[2..].Trim().Trim('*', '/', '-', '>', ' ').Length == 0)
        {
            return $"the ignore marker for {ids} has no '-- reason': the reason is required, so it suppresses nothing";
        }

        if (until is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return $"the ignore marker for {ids} has until '{until}', not a date (YYYY-MM-DD), so it suppresses nothing";
        }

        return day < today ? $"the ignore marker for {ids} expired on {until}: the findings it covered count again" : null;
    }

    /// <summary>The ids (or with <paramref name="token"/> any non-space run) after leading spaces, and the rest after following spaces.</summary>
    private static (string Head, string Tail) Split(string text, bool token = false)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (token ? !char.IsWhiteSpace(text[end]) : IsIdChar(text[end])))
        {
            end++;
        }

        if (!token && start == 0)
        {
            return ("", text);
        }

        var head = text[start..end];
        var hasSpace = end < text.Length && char.IsWhiteSpace(text[end]);
        return (!token && end < text.Length && !hasSpace ? "" : head, text[end..].TrimStart());
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is ',' or '-';
}
