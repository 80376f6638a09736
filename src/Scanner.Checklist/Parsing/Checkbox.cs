namespace Scanner.Checklist.Parsing;

/// <summary>
/// The task-list box at the start of an item, read from the source line so that every spelling counts whether or
/// not Markdig turned it into a task list: <c>[ ]</c>, <c>[x]</c>, <c>[X]</c>, and the Obsidian-style
/// <c>[/]</c> or <c>[~]</c> (in progress) and <c>[-]</c> (cancelled).
/// </summary>
internal static class Checkbox
{
    public static bool TryMatch(string text, out Claim claim, out string box)
    {
        claim = Claim.NotDone;
        box = string.Empty;
        if (text.Length < 3 || text[0] != '[' || text[2] != ']' || (text.Length > 3 && !char.IsWhiteSpace(text[3])))
        {
            return false;
        }

        Claim? read = text[1] switch
        {
            ' ' => Claim.NotDone,
            'x' or 'X' => Claim.Done,
            '/' or '~' => Claim.Partial,
            '-' => Claim.NotApplicable,
            _ => null,
        };
        if (read is null)
        {
            return false;
        }

        claim = read.Value;
        box = text[..3];
        return true;
    }

    /// <summary>The text without a leading box (when Markdig left it as literal text).</summary>
    public static string StripLeading(string text) =>
        TryMatch(text, out _, out _) ? text[3..].TrimStart() : text;
}
