using YamlDotNet.Serialization;

namespace Scanner.Core.Rules;

internal sealed class PatternDocument
{
    public string? Pattern { get; set; }

    [YamlMember(Alias = "in")]
    public string? In { get; set; }

    public List<string>? Keywords { get; set; }

    public string? Message { get; set; }

    public string? Scope { get; set; }
}
