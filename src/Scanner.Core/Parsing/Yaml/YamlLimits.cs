namespace Scanner.Core.Parsing.Yaml;

/// <summary>
/// Bounds that keep a hostile file cheap: nesting depth (the representation model recurses) and the number of
/// nodes once every alias is expanded (a "billion laughs" file is a few hundred bytes of aliases).
/// </summary>
public sealed record YamlLimits(int MaxDepth = 128, long MaxExpandedNodes = 200_000)
{
    public static YamlLimits Default { get; } = new();
}
