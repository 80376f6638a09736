using System.Text;

namespace Scanner.Core.Rules;

/// <summary>
/// The default cards as one binary resource, written at build time from rules/**/*.yaml (the Scanner.CardCatalogue
/// tool, run by Scanner.Probes' build) and read back with a BinaryReader at start-up: no reflection-driven YAML load
/// per card, no serializer to warm up. The YAML cards stay the only source; nothing generated is checked in.
/// </summary>
internal static class CardCatalogue
{
    public const string ResourceName = "rules/cards.bin";

    // Bumped whenever the layout below changes: a catalogue of another layout is refused, never misread.
    private const int Version = 1;

    public static List<CardEntry> Read(Stream catalogue)
    {
        using var reader = new BinaryReader(catalogue, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{ResourceName} was written by another version of the catalogue tool: rebuild");
        }

        var entries = new List<CardEntry>(reader.ReadInt32());
        for (var i = entries.Capacity; i > 0; i--)
        {
            var source = CompactStrings.Read(reader);
            var card = new CardDocument
            {
                Id = Text(reader), Title = Text(reader), Severity = Text(reader), Confidence = Text(reader),
                Ecosystem = Text(reader), Category = Text(reader), Advisory = reader.ReadBoolean(),
                Description = Text(reader), Remediation = Text(reader), References = CompactStrings.ReadList(reader), Cwe = CompactStrings.ReadList(reader),
                Files = CompactStrings.ReadList(reader), Exclude = CompactStrings.ReadList(reader), Disabled = reader.ReadBoolean(),
                Forbid = Pattern(reader), Require = Pattern(reader), Code = Text(reader),
            };
            entries.Add(new CardEntry(source, card));
        }

        return entries;
    }

    /// <summary>
    /// The catalogue of every card under <paramref name="rulesFolder"/> (controls.yaml aside), sorted by source name;
    /// each card is validated as <see cref="CardLoader.LoadDirectory"/> would, its problems added to <paramref name="errors"/>.
    /// </summary>
    public static byte[] Write(string rulesFolder, List<string> errors)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(rulesFolder))!;
        var entries = new List<CardEntry>();
        var files = Directory.EnumerateFiles(rulesFolder, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "controls.yaml")
            .Select(f => (Source: Path.GetRelativePath(parent, f).Replace('\\', '/'), File: f))
            .OrderBy(e => e.Source, StringComparer.Ordinal);
        foreach (var (source, file) in files)
        {
            var yaml = File.ReadAllText(file);
            if (CardLoader.Parse(source, yaml, errors) is not null)
            {
                entries.Add(new CardEntry(source, CardLoader.ReadYaml(yaml)!));
            }
        }

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(entries.Count);
            foreach (var (source, card) in entries)
            {
                writer.Write(source);
                Text(writer, card.Id, card.Title, card.Severity, card.Confidence, card.Ecosystem, card.Category);
                writer.Write(card.Advisory);
                Text(writer, card.Description, card.Remediation);
                CompactStrings.WriteLists(writer, card.References, card.Cwe, card.Files, card.Exclude);
                writer.Write(card.Disabled);
                Pattern(writer, card.Forbid);
                Pattern(writer, card.Require);
                Text(writer, card.Code);
            }
        }

        return buffer.ToArray();
    }

    private static string? Text(BinaryReader reader) => reader.ReadBoolean() ? CompactStrings.Read(reader) : null;

    private static PatternDocument? Pattern(BinaryReader reader) => !reader.ReadBoolean() ? null : new PatternDocument
    {
        Pattern = Text(reader), In = Text(reader), Keywords = CompactStrings.ReadList(reader), Message = Text(reader), Scope = Text(reader),
    };

    private static void Text(BinaryWriter writer, params string?[] texts)
    {
        foreach (var text in texts)
        {
            writer.Write(text is not null);
            if (text is not null)
            {
                writer.Write(text);
            }
        }
    }

    private static void Pattern(BinaryWriter writer, PatternDocument? pattern)
    {
        writer.Write(pattern is not null);
        if (pattern is not null)
        {
            Text(writer, pattern.Pattern, pattern.In);
            CompactStrings.WriteLists(writer, pattern.Keywords);
            Text(writer, pattern.Message, pattern.Scope);
        }
    }
}
