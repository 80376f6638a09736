using System.Globalization;
using System.Text;

namespace Scanner.Checklist.Parsing;

/// <summary>Strict decoding of one multi-byte UTF-8 sequence, with the plausibility rules mojibake repair needs.</summary>
internal static class Utf8Sequence
{
    /// <summary>
    /// Reads a well-formed 2-4 byte sequence at the start of <paramref name="bytes"/> (no overlongs, no surrogates,
    /// nothing above U+10FFFF) and returns its length, or 0.
    /// </summary>
    public static int TryRead(ReadOnlySpan<byte> bytes, out int codePoint)
    {
        codePoint = 0;
        if (bytes.IsEmpty)
        {
            return 0;
        }

        var lead = bytes[0];
        int length;
        if (lead is >= 0xC2 and <= 0xDF)
        {
            length = 2;
            codePoint = lead & 0x1F;
        }
        else if (lead is >= 0xE0 and <= 0xEF)
        {
            length = 3;
            codePoint = lead & 0x0F;
        }
        else if (lead is >= 0xF0 and <= 0xF4)
        {
            length = 4;
            codePoint = lead & 0x07;
        }
        else
        {
            return 0;
        }

        if (bytes.Length < length)
        {
            return 0;
        }

        for (var i = 1; i < length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                return 0;
            }

            codePoint = (codePoint << 6) | (bytes[i] & 0x3F);
        }

        var wellFormed = length switch
        {
            3 => codePoint >= 0x800 && codePoint is < 0xD800 or > 0xDFFF,
            4 => codePoint is >= 0x10000 and <= 0x10FFFF,
            _ => true,
        };
        return wellFormed ? length : 0;
    }

    /// <summary>
    /// Whether a decoded character is something UTF-8 text really contains. Two-byte results are limited to Latin-1
    /// and Latin Extended-A: that covers garbled European text, while wider ranges would let genuine typography
    /// such as Mac Roman "“é" (bytes D2 8E) turn into Cyrillic.
    /// </summary>
    public static bool IsPlausible(int codePoint, int length)
    {
        if (length == 2)
        {
            return codePoint is >= 0xA0 and <= 0x17F;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is not (UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate);
    }

    public static string ToText(int codePoint) => new Rune(codePoint).ToString();
}
