using System.Collections;

namespace Scanner.Reporting.Safety;

/// <summary>
/// A list read through, with the few elements redaction rewrote put in their place: one token in a million-line
/// checklist costs one rewritten line, not a copy of the million.
/// </summary>
internal sealed class PatchedList<T>(IReadOnlyList<T> items, Dictionary<int, T> patches) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => patches.TryGetValue(index, out var patched) ? patched : items[index];

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
