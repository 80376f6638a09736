namespace Scanner.Checklist.Parsing;

/// <summary>
/// The status symbols a checklist line may start with (docs/checklist-format.md has the table). Traffic-light
/// circles count too: 🟢 done, 🟡 partial, 🔴 not done.
/// </summary>
internal static class StatusMarkers
{
    private static readonly (string Symbol, MarkerKind Kind)[] Table =
    [
        ("\u2705", MarkerKind.Done), // ✅
        ("\u2714", MarkerKind.Done), // ✔
        ("\u2611", MarkerKind.Done), // ☑
        ("\u2713", MarkerKind.Done), // ✓
        ("\U0001F7E2", MarkerKind.Done), // 🟢
        ("\u274C", MarkerKind.NotDone), // ❌
        ("\u274E", MarkerKind.NotDone), // ❎
        ("\u2717", MarkerKind.NotDone), // ✗
        ("\u2718", MarkerKind.NotDone), // ✘
        ("\u2716", MarkerKind.NotDone), // ✖
        ("\U0001F534", MarkerKind.NotDone), // 🔴
        ("\u2B1C", MarkerKind.NotDone), // ⬜ (an empty box drawn as an emoji)
        ("\u26A0", MarkerKind.Partial), // ⚠
        ("\u23F3", MarkerKind.Partial), // ⏳
        ("\u231B", MarkerKind.Partial), // ⌛
        ("\U0001F7E1", MarkerKind.Partial), // 🟡
        ("\U0001F7E0", MarkerKind.Partial), // 🟠
        ("\U0001F6A7", MarkerKind.Partial), // 🚧
        ("\U0001F4A1", MarkerKind.Tip), // 💡
        ("\U0001F6A8", MarkerKind.Note), // 🚨
        ("\U0001F4DD", MarkerKind.Note), // 📝
        ("\u2139", MarkerKind.Note), // ℹ
    ];

    /// <summary>The marker <paramref name="text"/> starts with, if any.</summary>
    public static MarkerMatch? MatchLeading(string text)
    {
        if (text.Length == 0 || text[0] < 0x2000)
        {
            return null;
        }

        foreach (var (symbol, kind) in Table)
        {
            if (!text.StartsWith(symbol, StringComparison.Ordinal))
            {
                continue;
            }

            var end = symbol.Length;
            while (end < text.Length && text[end] is '\uFE0F' or '\uFE0E')
            {
                end++;
            }

            return new MarkerMatch(kind, text[..end], text[end..].Trim());
        }

        return null;
    }

    /// <summary>The text with a leading marker removed.</summary>
    public static string StripLeading(string text) => MatchLeading(text)?.Rest ?? text;
}
