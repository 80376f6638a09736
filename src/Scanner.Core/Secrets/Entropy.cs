namespace Scanner.Core.Secrets;

/// <summary>Shannon entropy: how unpredictable a value's characters are, in bits per character.</summary>
public static class Entropy
{
    public static double BitsPerChar(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        Span<int> ascii = stackalloc int[128];
        Dictionary<char, int>? other = null;
        foreach (var c in value)
        {
            if (c < 128)
            {
                ascii[c]++;
            }
            else
            {
                other ??= [];
                other[c] = other.GetValueOrDefault(c) + 1;
            }
        }

        var bits = 0.0;
        foreach (var count in ascii)
        {
            bits += Term(count, value.Length);
        }

        foreach (var count in other?.Values ?? Enumerable.Empty<int>())
        {
            bits += Term(count, value.Length);
        }

        return bits;
    }

    /// <summary>
    /// The floor a value must reach: the kind's minimum, lowered for short values, whose entropy cannot exceed
    /// log2(length) however random they are.
    /// </summary>
    public static double Floor(double kindMinimum, int length) => Math.Min(kindMinimum, 0.85 * Math.Log2(Math.Max(2, length)));

    private static double Term(int count, int length)
    {
        if (count == 0)
        {
            return 0;
        }

        var p = (double)count / length;
        return -p * Math.Log2(p);
    }
}
