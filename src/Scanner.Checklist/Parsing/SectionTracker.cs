namespace Scanner.Checklist.Parsing;

/// <summary>
/// The heading path at the current line. The path is rebuilt only when a heading changes it, and items share the
/// same list instance, so 100,000 items under a few hundred headings cost a few hundred small arrays.
/// </summary>
internal sealed class SectionTracker
{
    private readonly List<(int Level, string Title)> _open = [];

    public IReadOnlyList<string> Current { get; private set; } = [];

    public void Enter(int level, string title)
    {
        while (_open.Count > 0 && _open[^1].Level >= level)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        _open.Add((level, title));
        Current = Array.AsReadOnly(_open.Select(h => h.Title).Where(t => t.Length > 0).ToArray());
    }
}
