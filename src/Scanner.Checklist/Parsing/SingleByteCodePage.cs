namespace Scanner.Checklist.Parsing;

/// <summary>
/// The upper half (bytes 0x80-0xFF) of a single-byte charset, inverted so mis-decoded text can be turned back
/// into the bytes it came from. The lower half is ASCII in every charset we repair, and ASCII never occurs
/// inside a multi-byte UTF-8 sequence, so it is not needed.
/// </summary>
internal sealed class SingleByteCodePage
{
    private readonly byte[] _byteOf = new byte[char.MaxValue + 1];

    public SingleByteCodePage(string name, string upperHalf, params (char Char, byte Byte)[] aliases)
    {
        if (upperHalf.Length != 128)
        {
            throw new ArgumentException("A code page's upper half has exactly 128 characters.", nameof(upperHalf));
        }

        Name = name;
        for (var i = 0; i < upperHalf.Length; i++)
        {
            _byteOf[upperHalf[i]] = (byte)(0x80 + i);
        }

        foreach (var (c, b) in aliases)
        {
            _byteOf[c] = b;
        }
    }

    public string Name { get; }

    /// <summary>The byte this charset decodes to <paramref name="c"/>, or 0 when <paramref name="c"/> is not in its upper half.</summary>
    public byte ByteOf(char c) => _byteOf[c];
}
