namespace Scanner.Core.Model;

/// <summary>What a probe is and why it matters; it lives in the probe's card, never in code.</summary>
public sealed record ProbeInfo(
    string Id,
    string Title,
    Severity Severity,
    Confidence Confidence,
    string Description,
    string Remediation,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Cwe,
    string Ecosystem)
{
    /// <summary>The card's category: security, reliability, operations, performance or quality.</summary>
    public string Category { get; init; } = "reliability";

    /// <summary>
    /// A good practice rather than a defect (a cache client, HTTP cache headers, an end-to-end suite, a deploy step):
    /// reported, but it fails the gate only through a checklist line that claims it.
    /// </summary>
    public bool Advisory { get; init; }

    /// <summary>Whether a failure is a security problem (the default gate fails on critical and high ones).</summary>
    public bool IsSecurity => Category == "security";
}
