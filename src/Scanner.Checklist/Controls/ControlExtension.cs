namespace Scanner.Checklist.Controls;

/// <summary>
/// A team's control with the id of one already in the catalog extends it: its phrases and probes are added to the
/// control's own, and the settings it names (title, area, broad, ...) replace them. A team adds its wording
/// ("auth wrapper registered") without copying, and then drifting from, the built-in entry.
/// </summary>
internal static class ControlExtension
{
    public static Control Over(Control known, Control given, Func<string, bool> has) =>
        new(
            known.Id,
            has("title") ? given.Title : known.Title,
            has("area") ? given.Area : known.Area,
            Union(known.Aliases, given.Aliases),
            Union(known.Keywords, given.Keywords),
            Union(known.ConfirmedBy, given.ConfirmedBy),
            Union(known.RefutedBy, given.RefutedBy),
            has("broad") ? given.Broad : known.Broad,
            has("sufficient") ? Union(known.Sufficient ?? [], given.Sufficient ?? []) : known.Sufficient,
            has("perLine") ? given.PerLine : known.PerLine,
            has("quantifier") ? given.Quantifier : known.Quantifier)
        {
            Subject = has("subject") ? given.Subject : known.Subject,
            OuterLayer = Union(known.OuterLayer, given.OuterLayer),
        };

    /// <summary>
    /// The catalog's controls in their order, each extended one in its place (at the line that extends it), then the
    /// new ones in file order. A second entry for one id stays a second entry, so the duplicate-id check names it.
    /// </summary>
    public static List<(Control Control, int Line)> Combine(ControlCatalog catalog, IReadOnlyList<(Control Control, int Line)> given)
    {
        var first = new Dictionary<string, (Control Control, int Line)>(StringComparer.Ordinal);
        var rest = new List<(Control Control, int Line)>();
        foreach (var entry in given)
        {
            if (catalog.Find(entry.Control.Id) is null || !first.TryAdd(entry.Control.Id, entry))
            {
                rest.Add(entry);
            }
        }

        return [.. catalog.Controls.Select(c => first.TryGetValue(c.Id, out var own) ? own : (c, 0)), .. rest];
    }

    private static List<string> Union(IReadOnlyList<string> known, IReadOnlyList<string> given) =>
        [.. known.Concat(given).Distinct(StringComparer.Ordinal)];
}
