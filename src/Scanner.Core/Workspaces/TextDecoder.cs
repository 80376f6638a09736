using System.Text;
using System.Text.Unicode;

namespace Scanner.Core.Workspaces;

/// <summary>Turns file bytes into text once: BOMs honoured, invalid UTF-8 replaced (never thrown), binaries refused.</summary>
public static class TextDecoder
{
    private const int BinarySniffLength = 8000;
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DecodeResult(new UTF32Encoding(false, false).GetString(bytes[4..]), "UTF-32LE", false, false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodeResult(Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE", false, false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodeResult(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE", false, false);
        }

        if (bytes[..Math.Min(bytes.Length, BinarySniffLength)].Contains((byte)0))
        {
            return new DecodeResult("", "binary", false, true);
        }

        return DecodeUtf8(bytes);
    }

    private static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes) =>
        new(LenientUtf8.GetString(bytes), "UTF-8", !Utf8.IsValid(bytes), false);
}
