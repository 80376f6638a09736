using YamlDotNet.Serialization;

namespace Scanner.Core.Secrets;

/// <summary>One entry of secret-kinds.yaml as written; SecretKindCatalog validates and compiles it.</summary>
internal sealed class SecretKindDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<string>? Keywords { get; set; }

    public string? Pattern { get; set; }

    public int VisiblePrefix { get; set; }

    public bool Generic { get; set; }

    public double MinEntropy { get; set; }

    public string? Validate { get; set; }

    public List<string>? Languages { get; set; }

    public string? LowConfidence { get; set; }

    public List<string>? NamedBy { get; set; }

    public string? Format { get; set; }

    [YamlMember(Alias = "true")]
    public List<string>? TrueSamples { get; set; }

    [YamlMember(Alias = "false")]
    public List<string>? FalseSamples { get; set; }
}
