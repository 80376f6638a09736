namespace Scanner.Core.Model;

/// <summary>The answer a probe gives. Inconclusive and NotApplicable are never rounded up to Pass.</summary>
public enum Outcome
{
    Pass,
    Fail,
    NotApplicable,
    Inconclusive,
}
