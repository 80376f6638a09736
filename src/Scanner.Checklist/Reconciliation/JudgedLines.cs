using System.Collections;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// The judged lines of a report, kept as a reference to each line's item in its file and to the first line judged
/// alike (same matches, scope and claim): a million judged lines cost a million 12-byte rows, and a line is built
/// when it is read.
/// </summary>
internal sealed class JudgedLines(IReadOnlyList<ChecklistFile> files) : IReadOnlyList<ReconciledLine>
{
    private readonly List<LineRow> _rows = [];
    private readonly List<ReconciledLine> _judged = [];

    public int Count => _rows.Count;

    public ReconciledLine this[int index]
    {
        get
        {
            var row = _rows[index];
            var judged = _judged[row.Judged];
            var item = files[row.File].Document.Items[row.Item];
            return judged.Item == item ? judged : judged with { Item = item };
        }
    }

    /// <summary>Adds a line judged on its own; the returned id lets later lines be judged alike.</summary>
    public int Add(int file, int item, ReconciledLine line)
    {
        _judged.Add(line);
        return AddAlike(file, item, _judged.Count - 1);
    }

    /// <summary>Adds a line judged like the line <paramref name="judged"/> returned by <see cref="Add"/>.</summary>
    public int AddAlike(int file, int item, int judged)
    {
        _rows.Add(new LineRow(file, item, judged));
        return judged;
    }

    public IEnumerator<ReconciledLine> GetEnumerator()
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
