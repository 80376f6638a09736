namespace Scanner.Core.Text;

/// <summary>
/// The comment and string regions of a file, sorted and non-overlapping; everything else is code.
/// Lets a probe ask whether a match sits in code without re-lexing.
/// </summary>
public sealed class RegionMap
{
    private readonly Region[] _regions;

    public RegionMap(IReadOnlyList<Region> regions)
    {
        _regions = [.. regions];
    }

    public static RegionMap Empty { get; } = new([]);

    public IReadOnlyList<Region> Regions => _regions;

    public RegionKind KindAt(int offset)
    {
        int lo = 0, hi = _regions.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var r = _regions[mid];
            if (offset < r.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= r.End)
            {
                lo = mid + 1;
            }
            else
            {
                return r.Kind;
            }
        }

        return RegionKind.Code;
    }
}
