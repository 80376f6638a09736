namespace Scanner.Core.Parsing.Yaml;

/// <summary>One key/value pair of a mapping; the key keeps its own line, which is where a finding about it points.</summary>
public sealed record YamlEntry(YamlNode Key, YamlNode Value)
{
    public string Name => Key.Text;

    public int Line => Key.Line;
}
