namespace Scanner.Core.Parsing.Yaml;

/// <summary>The three shapes a YAML node takes once aliases and merge keys are resolved.</summary>
public enum YamlKind
{
    Scalar,
    Mapping,
    Sequence,
}
