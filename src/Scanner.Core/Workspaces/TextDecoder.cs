using System.Text;
using System.Text.Unicode;

namespace Scanner.Core.Workspaces;

/// <summary>Turns file bytes into text once: BOMs honoured, invalid sequences replaced (never thrown) and flagged, binaries refused.</summary>
public static class TextDecoder
{
    private const int BinarySniffLength = 8000;
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeStrict(bytes[4..], new UTF32Encoding(false, false, throwOnInvalidCharacters: true), new UTF32Encoding(false, false), "UTF-32LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(bytes[2..], StrictUtf16Le, Encoding.Unicode, "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(bytes[2..], StrictUtf16Be, Encoding.BigEndianUnicode, "UTF-16BE");
        }

        if (bytes[..Math.Min(bytes.Length, BinarySniffLength)].Contains((byte)0))
        {
            return new DecodeResult("", "binary", false, true);
        }

        return DecodeUtf8(bytes);
    }

    /// <summary>
    /// Lone surrogates or an odd trailing byte are replaced as in UTF-8, and said so: without the strict attempt
    /// a broken UTF-16 file would be scanned with U+FFFD in it and no note.
    /// </summary>
    private static DecodeResult DecodeStrict(ReadOnlySpan<byte> bytes, Encoding strict, Encoding lenient, string name)
    {
        try
        {
            return new DecodeResult(strict.GetString(bytes), name, false, false);
        }
        catch (DecoderFallbackException)
        {
            return new DecodeResult(lenient.GetString(bytes), name, true, false);
        }
    }

    private static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes) =>
        new(LenientUtf8.GetString(bytes), "UTF-8", !Utf8.IsValid(bytes), false);
}
