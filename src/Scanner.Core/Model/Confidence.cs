namespace Scanner.Core.Model;

/// <summary>How sure a probe is of its answer; low-confidence evidence can ask for review but never refute a claim.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}
