namespace Scanner.Core.Parsing.Yaml;

/// <summary>
/// Every document of a YAML file (a stream may hold several, separated by <c>---</c>), or the reason it could
/// not be read and the line where reading stopped.
/// </summary>
public sealed record YamlFile(IReadOnlyList<YamlNode> Documents, string? Error = null, int ErrorLine = 0)
{
    public bool IsValid => Error is null;

    public static YamlFile Failed(string error, int line) => new([], error, line);
}
