using System.Text;

namespace Scanner.Core.Rules;

/// <summary>
/// The string encoding the compact catalogues (cards, controls) share: BinaryWriter's length-prefixed UTF-8 strings,
/// and lists as a count (-1 for none) followed by their strings.
/// </summary>
public static class CompactStrings
{
    /// <summary>
    /// <see cref="BinaryReader.ReadString"/>'s format, decoded in one call: it assembles a string longer than 128
    /// bytes (every description) in a StringBuilder, block by block, a measurable part of the start.
    /// </summary>
    public static string Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Encoding.UTF8.GetString(reader.ReadBytes(reader.Read7BitEncodedInt()));
    }

    /// <summary>A list written by <see cref="WriteLists"/>, or null for a list written as none.</summary>
    public static List<string>? ReadList(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        if (count < 0)
        {
            return null;
        }

        var texts = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            texts.Add(Read(reader));
        }

        return texts;
    }

    /// <summary>Each list as its count (-1 for null) and its strings.</summary>
    public static void WriteLists(BinaryWriter writer, params IReadOnlyList<string>?[] lists)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var list in lists)
        {
            writer.Write(list?.Count ?? -1);
            foreach (var text in list ?? [])
            {
                writer.Write(text);
            }
        }
    }
}
