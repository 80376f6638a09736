using System.Buffers;

namespace Scanner.Core.Secrets;

/// <summary>
/// One multi-pattern search over a text finds every keyword of every kind at once (case-insensitive), so a file
/// with none of them is rejected before a single regex runs, and only the kinds whose keywords occur run after.
/// </summary>
internal sealed class KeywordFilter
{
    private readonly SearchValues<string> _search;
    private readonly Dictionary<char, (string Keyword, int[] Kinds)[]> _byFirstChar;
    private readonly int _kindCount;

    public KeywordFilter(IReadOnlyList<SecretKind> kinds)
    {
        _kindCount = kinds.Count;
        var kindsByKeyword = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < kinds.Count; i++)
        {
            foreach (var keyword in kinds[i].Keywords)
            {
                if (!kindsByKeyword.TryGetValue(keyword, out var list))
                {
                    kindsByKeyword[keyword] = list = [];
                }

                list.Add(i);
            }
        }

        _search = SearchValues.Create([.. kindsByKeyword.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirstChar = kindsByKeyword
            .GroupBy(p => char.ToLowerInvariant(p.Key[0]))
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value.ToArray())).ToArray());
    }

    /// <summary>Which kinds (by index) have a keyword in the text; null when none has.</summary>
    public bool[]? Hits(ReadOnlySpan<char> text)
    {
        bool[]? hits = null;
        var remaining = _kindCount;
        var offset = 0;
        while (remaining > 0)
        {
            var at = text[offset..].IndexOfAny(_search);
            if (at < 0)
            {
                break;
            }

            offset += at;
            var rest = text[offset..];
            var candidates = _byFirstChar.GetValueOrDefault(char.ToLowerInvariant(rest[0]), []);
            foreach (var (keyword, kinds) in candidates)
            {
                if (!rest.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                hits ??= new bool[_kindCount];
                foreach (var kind in kinds)
                {
                    remaining -= hits[kind] ? 0 : 1;
                    hits[kind] = true;
                }
            }

            offset++;
        }

        return hits;
    }
}
