using System.Collections;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// A checklist's items, kept as what each item has of its own (its text and line) and a shape it shares with the
/// items of the same file, section, claim, style, depth, marker, tag and code spans. A million-line checklist holds
/// a million 20-byte rows and the texts' characters, not a million records and strings; an item (and its text) is
/// built when it is read.
/// </summary>
internal sealed class CompactItems : IReadOnlyList<ChecklistItem>
{
    private readonly List<ItemRow> _rows = [];
    private readonly ItemTexts _texts = new();
    private readonly List<ChecklistItem> _shapes = [];
    private readonly Dictionary<ChecklistItem, int> _shapeIds = [];

    public int Count => _rows.Count;

    public ChecklistItem this[int index]
    {
        get
        {
            var row = _rows[index];
            return _shapes[row.Shape] with { Text = _texts.Get(row.TextBlock, row.TextOffset, row.TextLength), Line = row.Line };
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

        var (block, offset) = _texts.Add(item.Text);
        _rows.Add(new ItemRow(block, offset, item.Text.Length, item.Line, id));
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
