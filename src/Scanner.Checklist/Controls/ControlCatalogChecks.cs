using Scanner.Checklist.Text;

namespace Scanner.Checklist.Controls;

/// <summary>
/// Checks that need the whole catalog: unique ids and titles, and no phrase (after normalization) claimed by two
/// controls; the matcher would otherwise report both for every line that uses it, and neither would be right.
/// </summary>
internal sealed class ControlCatalogChecks(string sourceName, List<CatalogError> errors)
{
    public void Run(IReadOnlyList<(Control Control, int Line)> controls)
    {
        CheckUniqueIds(controls);
        CheckUniqueTitles(controls);
        CheckUniqueAliases(controls);
    }

    private void CheckUniqueIds(IReadOnlyList<(Control Control, int Line)> controls)
    {
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (control, line) in controls)
        {
            if (!firstLine.TryAdd(control.Id, line))
            {
                errors.Add(new CatalogError(
                    sourceName, line, $"duplicate control id '{control.Id}' (first defined on line {firstLine[control.Id]})"));
            }
        }
    }

    // A line equal to a title matches that control outright, so two titles must not read the same.
    private void CheckUniqueTitles(IReadOnlyList<(Control Control, int Line)> controls)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (control, line) in controls)
        {
            var key = string.Join(' ', PhraseNormalizer.Tokenize(control.Title));
            if (key.Length > 0 && !owner.TryAdd(key, control.Id))
            {
                errors.Add(new CatalogError(
                    sourceName, line, $"control '{control.Id}': title reads the same as the title of control '{owner[key]}'"));
            }
        }
    }

    private void CheckUniqueAliases(IReadOnlyList<(Control Control, int Line)> controls)
    {
        var owner = new Dictionary<string, (string ControlId, string Alias)>(StringComparer.Ordinal);
        foreach (var (control, line) in controls)
        {
            foreach (var alias in control.Aliases)
            {
                var key = string.Join(' ', PhraseNormalizer.Tokenize(alias));
                if (key.Length == 0)
                {
                    continue;
                }

                // Spelling variants within one control ("rate limit", "rate limiting") are fine and read well.
                if (!owner.TryAdd(key, (control.Id, alias)) && owner[key].ControlId != control.Id)
                {
                    var (otherId, otherAlias) = owner[key];
                    errors.Add(new CatalogError(
                        sourceName, line, $"control '{control.Id}': alias '{alias}' is the same phrase as '{otherAlias}' in control '{otherId}'"));
                }
            }
        }
    }
}
