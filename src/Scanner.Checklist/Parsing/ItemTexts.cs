namespace Scanner.Checklist.Parsing;

/// <summary>
/// The texts of a checklist's items, copied end to end into shared blocks of characters: a million short texts
/// cost their characters (two bytes each) instead of a million strings (each about 28 bytes of object header,
/// length and padding on top). A text becomes a string again when its item is read.
/// </summary>
internal sealed class ItemTexts
{
    // 16K characters, 32 KB: small enough to stay off the large object heap, big enough that few are half empty.
    private const int BlockSize = 1 << 14;
    private readonly List<char[]> _blocks = [];
    private int _used = BlockSize;

    /// <summary>Copies the text in; a text longer than a block gets a block of its own.</summary>
    public (int Block, int Offset) Add(string text)
    {
        if (text.Length == 0)
        {
            return (0, 0);
        }

        if (text.Length > BlockSize - _used)
        {
            _blocks.Add(new char[Math.Max(BlockSize, text.Length)]);
            _used = 0;
        }

        text.CopyTo(0, _blocks[^1], _used, text.Length);
        var at = (_blocks.Count - 1, _used);
        // Nothing follows a text that filled or overfilled a block in the same block.
        _used = text.Length >= BlockSize ? BlockSize : _used + text.Length;
        return at;
    }

    public string Get(int block, int offset, int length) => length == 0 ? "" : new string(_blocks[block], offset, length);
}
