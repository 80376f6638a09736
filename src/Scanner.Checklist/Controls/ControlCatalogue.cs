using System.Text;
using Scanner.Checklist.Claims;

namespace Scanner.Checklist.Controls;

/// <summary>
/// The built-in controls as one binary resource, written at build time from rules/controls.yaml (the
/// Scanner.ControlCatalogue tool, run by the CLI's build, after the catalogue's own checks) and read back with a
/// BinaryReader at start-up: no YAML parse, no checks repeated at every start. The YAML stays the only source;
/// nothing generated is checked in.
/// </summary>
public static class ControlCatalogue
{
    public const string ResourceName = "rules/controls.bin";

    // Bumped whenever the layout below changes: a catalogue of another layout is refused, never misread.
    private const int Version = 1;

    public static IReadOnlyList<Control> Read(Stream catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        using var reader = new BinaryReader(catalogue, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{ResourceName} was written by another version of the catalogue tool: rebuild");
        }

        var controls = new List<Control>(reader.ReadInt32());
        for (var i = controls.Capacity; i > 0; i--)
        {
            var control = new Control(
                Text(reader), Text(reader), (ControlArea)reader.ReadInt32(), Texts(reader)!, Texts(reader)!, Texts(reader)!, Texts(reader)!,
                reader.ReadBoolean(), Texts(reader), reader.ReadBoolean(), (Quantifier)reader.ReadInt32());
            controls.Add(control with { Subject = reader.ReadBoolean() ? Text(reader) : null, OuterLayer = Texts(reader)! });
        }

        return controls;
    }

    public static byte[] Write(IReadOnlyList<Control> controls)
    {
        ArgumentNullException.ThrowIfNull(controls);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(controls.Count);
            foreach (var c in controls)
            {
                writer.Write(c.Id);
                writer.Write(c.Title);
                writer.Write((int)c.Area);
                Texts(writer, c.Aliases, c.Keywords, c.ConfirmedBy, c.RefutedBy);
                writer.Write(c.Broad);
                Texts(writer, c.Sufficient);
                writer.Write(c.PerLine);
                writer.Write((int)c.Quantifier);
                writer.Write(c.Subject is not null);
                if (c.Subject is not null)
                {
                    writer.Write(c.Subject);
                }

                Texts(writer, c.OuterLayer);
            }
        }

        return buffer.ToArray();
    }

    // BinaryWriter's string format, decoded in one call (BinaryReader.ReadString assembles long strings block by block).
    private static string Text(BinaryReader reader) => Encoding.UTF8.GetString(reader.ReadBytes(reader.Read7BitEncodedInt()));

    private static List<string>? Texts(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            return null;
        }

        var texts = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            texts.Add(Text(reader));
        }

        return texts;
    }

    private static void Texts(BinaryWriter writer, params IReadOnlyList<string>?[] lists)
    {
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
