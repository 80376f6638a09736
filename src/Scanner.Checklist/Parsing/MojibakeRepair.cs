using System.Text;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Repairs UTF-8 text that was once decoded with a single-byte charset (Mac Roman, Windows-1252/Latin-1) and saved
/// again, so "‚úÖ" reads "✅" once more. The method is general: every run of characters that charset can produce
/// is turned back into its bytes, and only the parts that form valid, plausible multi-byte UTF-8 are replaced.
/// Genuine accented text (café, naïve, Größe) never forms such sequences and is left alone.
/// </summary>
public static class MojibakeRepair
{
    // Text garbled twice ("Ã¢Å“â€¦") needs two passes; a third catches the rare triple case and then we stop.
    private const int MaxPasses = 3;

    public static string Repair(string text, out bool repaired)
    {
        var result = Repair(text, out IReadOnlyList<string> codePages);
        repaired = codePages.Count > 0;
        return result;
    }

    /// <summary>Repairs <paramref name="text"/> and names the charsets it had been mis-decoded with.</summary>
    public static string Repair(string text, out IReadOnlyList<string> codePages)
    {
        var used = new List<string>();
        var current = text ?? string.Empty;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var next = RepairOnce(current, used);
            if (ReferenceEquals(next, current))
            {
                break;
            }

            current = next;
        }

        codePages = used;
        return current;
    }

    private static string RepairOnce(string text, List<string> used)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var proposals = KnownCodePages.All
            .Select(page => (Page: page, Fixes: FindFixes(text, page)))
            .Where(p => p.Fixes.Count > 0)
            .OrderByDescending(p => p.Fixes.Sum(f => f.Bytes))
            .ToList();
        if (proposals.Count == 0)
        {
            return text;
        }

        // The charset that explains most of the document wins where two would rewrite the same characters.
        var covered = new bool[text.Length];
        var accepted = new List<MojibakeFix>();
        foreach (var (page, fixes) in proposals)
        {
            var any = false;
            foreach (var fix in fixes.Where(f => !Overlaps(covered, f)))
            {
                Array.Fill(covered, true, fix.Start, fix.Length);
                accepted.Add(fix);
                any = true;
            }

            if (any && !used.Contains(page.Name))
            {
                used.Add(page.Name);
            }
        }

        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var fix in accepted)
        {
            builder.Append(text, position, fix.Start - position).Append(fix.Replacement);
            position = fix.Start + fix.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static List<MojibakeFix> FindFixes(string text, SingleByteCodePage page)
    {
        var fixes = new List<MojibakeFix>();
        var bytes = new byte[16];
        var i = 0;
        while (i < text.Length)
        {
            if (page.ByteOf(text[i]) == 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && page.ByteOf(text[i]) != 0)
            {
                i++;
            }

            if (i - start < 2)
            {
                continue;
            }

            if (bytes.Length < i - start)
            {
                bytes = new byte[(i - start) * 2];
            }

            for (var k = start; k < i; k++)
            {
                bytes[k - start] = page.ByteOf(text[k]);
            }

            if (!TryDecodeLayers(text.AsSpan(start, i - start), bytes.AsSpan(0, i - start), start, fixes))
            {
                DecodeRun(bytes.AsSpan(0, i - start), start, fixes);
            }
        }

        return fixes;
    }

    /// <summary>
    /// Text garbled twice through Latin-1 passes through C1 control characters (U+0080-U+009F) on its way back, which
    /// a single layer must reject as implausible. A run that decodes into C1 characters is accepted only if
    /// repairing the result again removes all of them.
    /// </summary>
    private static bool TryDecodeLayers(ReadOnlySpan<char> chars, ReadOnlySpan<byte> run, int offset, List<MojibakeFix> fixes)
    {
        var decoded = new StringBuilder(chars.Length);
        var sawControl = false;
        var p = 0;
        while (p < run.Length)
        {
            var length = Utf8Sequence.TryRead(run[p..], out var codePoint);
            if (length == 2 && codePoint < 0xA0)
            {
                sawControl = true;
            }
            else if (length == 0 || !Utf8Sequence.IsPlausible(codePoint, length))
            {
                decoded.Append(chars[p]);
                p++;
                continue;
            }

            decoded.Append(Utf8Sequence.ToText(codePoint));
            p += length;
        }

        if (!sawControl)
        {
            return false;
        }

        var inner = Repair(decoded.ToString(), out IReadOnlyList<string> _);
        if (inner.Any(c => c is >= '\u0080' and < '\u00A0'))
        {
            return false;
        }

        fixes.Add(new MojibakeFix(offset, run.Length, inner, run.Length));
        return true;
    }

    private static void DecodeRun(ReadOnlySpan<byte> run, int offset, List<MojibakeFix> fixes)
    {
        var p = 0;
        while (p < run.Length)
        {
            var length = Utf8Sequence.TryRead(run[p..], out var codePoint);
            if (length > 0 && Utf8Sequence.IsPlausible(codePoint, length))
            {
                fixes.Add(new MojibakeFix(offset + p, length, Utf8Sequence.ToText(codePoint), length));
                p += length;
            }
            else
            {
                p++;
            }
        }
    }

    private static bool Overlaps(bool[] covered, MojibakeFix fix)
    {
        for (var k = fix.Start; k < fix.Start + fix.Length; k++)
        {
            if (covered[k])
            {
                return true;
            }
        }

        return false;
    }
}
