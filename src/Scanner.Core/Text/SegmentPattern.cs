namespace Scanner.Core.Text;

/// <summary>
/// A glob as a list of path segments, each a <see cref="NamePattern"/> set or <c>**</c> (any number of folders),
/// matched segment by segment over the path with no allocation. A pattern with more than a few <c>**</c> is left
/// to the regex, so the matcher's cost stays bounded whatever the pattern.
/// </summary>
internal sealed class SegmentPattern
{
    private const int MaxDoubleStars = 3;
    private readonly NamePattern[]?[] _segments;

    private SegmentPattern(NamePattern[]?[] segments) => _segments = segments;

    /// <summary>The pattern for a glob body (no leading <c>/</c>); unanchored bodies may start in any folder.</summary>
    public static SegmentPattern? TryCreate(string body, bool anchored)
    {
        var parts = body.Split('/');
        var segments = new List<NamePattern[]?>();
        if (!anchored)
        {
            segments.Add(null);
        }

        foreach (var part in parts)
        {
            if (part == "**")
            {
                if (segments.Count == 0 || segments[^1] is not null)
                {
                    segments.Add(null);
                }

                continue;
            }

            if (NamePattern.TryCreateAll(part) is not { } names)
            {
                return null;
            }

            segments.Add(names);
        }

        return segments.Count(s => s is null) > MaxDoubleStars ? null : new SegmentPattern([.. segments]);
    }

    public bool IsMatch(string path) => Match(0, path.AsSpan());

    private bool Match(int index, ReadOnlySpan<char> rest)
    {
        if (index == _segments.Length)
        {
            return rest.IsEmpty;
        }

        if (_segments[index] is not { } names)
        {
            // ** takes zero or more whole folders: try the rest as it is, then after each '/'.
            while (true)
            {
                if (Match(index + 1, rest) || (index + 1 == _segments.Length && !rest.IsEmpty))
                {
                    return true;
                }

                var slash = rest.IndexOf('/');
                if (slash < 0)
                {
                    return false;
                }

                rest = rest[(slash + 1)..];
            }
        }

        var end = rest.IndexOf('/');
        var name = end < 0 ? rest : rest[..end];
        var matched = false;
        foreach (var candidate in names)
        {
            if (candidate.IsMatch(name))
            {
                matched = true;
                break;
            }
        }

        return matched && (end < 0 ? index + 1 == _segments.Length : Match(index + 1, rest[(end + 1)..]));
    }
}
