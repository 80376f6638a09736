using System.Text;
using Scanner.Checklist.Claims;
using Scanner.Core.Rules;

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
                CompactStrings.Read(reader), CompactStrings.Read(reader), (ControlArea)reader.ReadInt32(), CompactStrings.ReadList(reader)!, CompactStrings.ReadList(reader)!, CompactStrings.ReadList(reader)!, CompactStrings.ReadList(reader)!,
                reader.ReadBoolean(), CompactStrings.ReadList(reader), reader.ReadBoolean(), (Quantifier)reader.ReadInt32());
            controls.Add(control with { Subject = reader.ReadBoolean() ? CompactStrings.Read(reader) : null, OuterLayer = CompactStrings.ReadList(reader)! });
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
                CompactStrings.WriteLists(writer, c.Aliases, c.Keywords, c.ConfirmedBy, c.RefutedBy);
                writer.Write(c.Broad);
                CompactStrings.WriteLists(writer, c.Sufficient);
                writer.Write(c.PerLine);
                writer.Write((int)c.Quantifier);
                writer.Write(c.Subject is not null);
                if (c.Subject is not null)
                {
                    writer.Write(c.Subject);
                }

                CompactStrings.WriteLists(writer, c.OuterLayer);
            }
        }

        return buffer.ToArray();
    }
}
