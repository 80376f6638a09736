using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Scanner.Cli.Fleet;

/// <summary>
/// Shard K of N: the repositories whose SHA-256 (of the name as the list writes it) falls in bucket K. The hash
/// depends on nothing but the name, so N runners given the same list split it with no overlap and no gap, whatever
/// order they start in and whichever lines the list gains or loses.
/// </summary>
internal sealed record FleetShard(int Index, int Count)
{
    public const int MaxCount = 10_000;

    public static FleetShard All { get; } = new(1, 1);

    public static FleetShard Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n is >= 1 and <= MaxCount && k >= 1 && k <= n
                ? new FleetShard(k, n)
                : throw new UsageException($"--shard {text}: expected K/N with 1 <= K <= N <= {MaxCount}, e.g. 2/4");
    }

    public bool Owns(string repository) => (int)(BinaryPrimitives.ReadUInt64BigEndian(Hash(repository)) % (ulong)Count) == Index - 1;

    public static byte[] Hash(string repository) => SHA256.HashData(Encoding.UTF8.GetBytes(repository));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
