namespace Scanner.Checklist.Parsing;

/// <summary>
/// The charsets UTF-8 is most often mistaken for. These are charset definitions (the 128 characters each byte
/// 0x80-0xFF decodes to), not lists of broken strings: repair works for any text they garble.
/// </summary>
internal static class KnownCodePages
{
    /// <summary>
    /// Mac OS Roman as in Apple's ROMAN.TXT (0xDB is the euro sign since Mac OS 8.5). .NET Core only offers it
    /// through CodePagesEncodingProvider, so it is spelled out here.
    /// </summary>
    public static readonly SingleByteCodePage MacRoman = new(
        "Mac Roman",
        "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8" +
        "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC" +
        "\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8" +
        "\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8" +
        "\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153" +
        "\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02" +
        "\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4" +
        "\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7",
        // Older tables decode 0xDB as the generic currency sign and 0xBD as the ohm sign.
        ('\u00A4', 0xDB),
        ('\u2126', 0xBD));

    /// <summary>
    /// Windows-1252, whose upper half is Latin-1 except 0x80-0x9F. The five bytes 1252 leaves undefined, and the
    /// C1 controls a plain Latin-1 decoder produces, map to their own code points, so the same table also
    /// repairs text decoded as ISO-8859-1.
    /// </summary>
    public static readonly SingleByteCodePage Windows1252 = new(
        "Windows-1252",
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178" +
        "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF" +
        "\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF" +
        "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF" +
        "\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF" +
        "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF" +
        "\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF",
        ('\u0080', 0x80), ('\u0082', 0x82), ('\u0083', 0x83), ('\u0084', 0x84), ('\u0085', 0x85),
        ('\u0086', 0x86), ('\u0087', 0x87), ('\u0088', 0x88), ('\u0089', 0x89), ('\u008A', 0x8A),
        ('\u008B', 0x8B), ('\u008C', 0x8C), ('\u008E', 0x8E), ('\u0091', 0x91), ('\u0092', 0x92),
        ('\u0093', 0x93), ('\u0094', 0x94), ('\u0095', 0x95), ('\u0096', 0x96), ('\u0097', 0x97),
        ('\u0098', 0x98), ('\u0099', 0x99), ('\u009A', 0x9A), ('\u009B', 0x9B), ('\u009C', 0x9C),
        ('\u009E', 0x9E), ('\u009F', 0x9F));

    // Windows-1252 first: when both charsets explain the same amount of text it is by far the likelier culprit.
    public static IReadOnlyList<SingleByteCodePage> All { get; } = [Windows1252, MacRoman];
}
