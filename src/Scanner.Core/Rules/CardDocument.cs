namespace Scanner.Core.Rules;

/// <summary>The YAML shape of a card, before validation. Unknown keys are rejected by the deserializer.</summary>
internal sealed class CardDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Severity { get; set; }

    public string? Confidence { get; set; }

    public string? Ecosystem { get; set; }

    public string? Category { get; set; }

    public bool Advisory { get; set; }

    public string? Description { get; set; }

    public string? Remediation { get; set; }

    public List<string>? References { get; set; }

    public List<string>? Cwe { get; set; }

    public List<string>? Files { get; set; }

    public List<string>? Exclude { get; set; }

    public bool Disabled { get; set; }

    public PatternDocument? Forbid { get; set; }

    public PatternDocument? Require { get; set; }

    public string? Code { get; set; }
}
