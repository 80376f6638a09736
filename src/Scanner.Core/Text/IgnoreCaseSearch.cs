using System.Buffers;
using System.Collections.Concurrent;

namespace Scanner.Core.Text;

/// <summary>
/// Case-insensitive keyword gates, vectorised: <c>string.Contains(k, OrdinalIgnoreCase)</c> takes a slow
/// per-character path under invariant globalization (a third of a second per Django scan in the Python probes'
/// gates alone), where a <see cref="SearchValues{T}"/> search built once per keyword set does not.
/// </summary>
public static class IgnoreCaseSearch
{
    private static readonly ConcurrentDictionary<string, SearchValues<string>> Cache = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> contains <paramref name="keyword"/>, ignoring ASCII and Unicode case.</summary>
    public static bool Contains(string text, string keyword) =>
        keyword.Length == 0 || text.AsSpan().IndexOfAny(Cache.GetOrAdd(keyword, k => SearchValues.Create([k], StringComparison.OrdinalIgnoreCase))) >= 0;
}
