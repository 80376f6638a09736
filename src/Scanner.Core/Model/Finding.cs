namespace Scanner.Core.Model;

/// <summary>
/// One piece of evidence from a probe. Message and Evidence are already redacted: create findings through
/// <see cref="Engine.ProbeContext"/>, which scrubs secret values before they reach this record.
/// </summary>
public sealed record Finding(
    string ProbeId,
    Outcome Outcome,
    string Message,
    SourceLocation? Location = null,
    string? Evidence = null,
    Suppression? Suppression = null)
{
    /// <summary>Stable identity that survives unrelated line shifts; set by the engine.</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>
    /// How sure this one finding is, when that differs from its probe's card (a secret in test code is a likely
    /// stand-in); null means the card's confidence. Low-confidence evidence asks for review, never refutes a claim.
    /// </summary>
    public Confidence? Confidence { get; init; }

    /// <summary>
    /// The finer subject this finding is about when its probe judges several (<c>header:content-security-policy</c>
    /// of a security-header probe); null means the probe's whole question. A control with a subject is refuted only
    /// by findings about that subject or about the whole question (TRUTH.md §5, one subject per header).
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The root of the component the finding's file belongs to ("" for the repository root; null for a finding about
    /// no file or outside every component); set by the engine from <see cref="Components.ComponentMap"/>.
    /// </summary>
    public string? Component { get; init; }

    /// <summary>Text of the evidence line with whitespace folded, used for fingerprints; never reported.</summary>
    internal string? AnchorText { get; init; }

    public bool IsSuppressed => Suppression is not null;
}
