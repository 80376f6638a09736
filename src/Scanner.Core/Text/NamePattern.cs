namespace Scanner.Core.Text;

/// <summary>
/// One path segment of a glob whose only wildcard is <c>*</c> (<c>*.js</c>, <c>Dockerfile*</c>, <c>compose*.yml</c>),
/// matched with ordinal string checks: the literal pieces must appear in order, the first at the start and the last
/// at the end. Linear in the name, with nothing to build.
/// </summary>
internal sealed class NamePattern
{
    private const int MaxAlternatives = 64;
    private readonly string[] _pieces;

    private NamePattern(string[] pieces) => _pieces = pieces;

    /// <summary>
    /// One pattern per alternative, small character sets (<c>[Dd]</c>) spelled out; null when the segment needs more
    /// (<c>?</c>, ranges, negated sets, escapes, <c>**</c>, or braces, which <see cref="Glob"/> spells out first).
    /// </summary>
    public static NamePattern[]? TryCreateAll(string segment)
    {
        if (segment.AsSpan().IndexOfAny("/?\\{}") >= 0 || segment.Contains("**", StringComparison.Ordinal))
        {
            return null;
        }

        var spelled = Expand(segment);
        return spelled is null ? null : [.. spelled.Select(s => new NamePattern(s.Split('*')))];
    }

    public bool IsMatch(ReadOnlySpan<char> name)
    {
        var first = _pieces[0];
        if (_pieces.Length == 1)
        {
            return name.SequenceEqual(first);
        }

        var last = _pieces[^1];
        if (name.Length < first.Length + last.Length || !name.StartsWith(first, StringComparison.Ordinal) || !name.EndsWith(last, StringComparison.Ordinal))
        {
            return false;
        }

        var middle = name[first.Length..(name.Length - last.Length)];
        for (var i = 1; i < _pieces.Length - 1; i++)
        {
            var at = middle.IndexOf(_pieces[i], StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            middle = middle[(at + _pieces[i].Length)..];
        }

        return true;
    }

    /// <summary>The segment with its first character set spelled out, recursively; null when it cannot be.</summary>
    private static List<string>? Expand(string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return segment.Contains(']', StringComparison.Ordinal) ? null : [segment];
        }

        var close = segment.IndexOf(']', open + 1);
        var inner = close < 0 ? "" : segment[(open + 1)..close];
        if (inner.Length == 0 || inner.IndexOfAny(['!', '^', '-', '[']) >= 0)
        {
            return null;
        }

        var results = new List<string>();
        foreach (var choice in inner)
        {
            var rest = Expand(segment[..open] + choice + segment[(close + 1)..]);
            if (rest is null || results.Count + rest.Count > MaxAlternatives)
            {
                return null;
            }

            results.AddRange(rest);
        }

        return results;
    }
}
