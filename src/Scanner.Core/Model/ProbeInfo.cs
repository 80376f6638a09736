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
    string Ecosystem);
