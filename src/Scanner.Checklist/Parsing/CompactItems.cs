using System.Collections;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// A checklist's items, kept as what each item has of its own (its text and line) and a shape it shares with the
/// items of the same file, section, claim, style, depth, marker, tag and code spans. A million-line checklist holds
/// a million 16-byte rows and texts, not a million records; an item is built when it is read.
/// </summary>
internal sealed class CompactItems : IReadOnlyList<ChecklistItem>
{
    private readonly List<ItemRow> _rows = [];
    private readonly List<ChecklistItem> _shapes = [];
    private readonly Dictionary<ChecklistItem, int> _shapeIds = [];

    public int Count => _rows.Count;

    public ChecklistItem this[int index]
    {
        get
        {
            var row = _rows[index];
            return _shapes[row.Shape] with { Text = row.Text, Line = row.Line };
        }
    }

    public void Add(ChecklistItem item)
    {
        // Records compare by value; the section and code-span lists by reference, and both are shared where alike.
        var shape = item with { Text = "", Line = 0 };
        if (!_shapeIds.TryGetValue(shape, out var id))
        {
            _shapeIds[shape] = id = _shapes.Count;
            _shapes.Add(shape);
        }

        _rows.Add(new ItemRow(item.Text, item.Line, id));
    }

    public IEnumerator<ChecklistItem> GetEnumerator()
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
