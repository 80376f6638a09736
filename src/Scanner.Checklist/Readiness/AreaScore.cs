using Scanner.Checklist.Controls;

namespace Scanner.Checklist.Readiness;

/// <summary>
/// How ready one area is by the evidence alone (no checklist needed): how many of its controls the probes found
/// met, unmet, nothing to check, or could not decide. Only decided controls count towards the score, so an area
/// nothing can check yet has no score rather than a made-up one.
/// </summary>
public sealed record AreaScore(ControlArea Area, int Controls, int Met, int Unmet, int NotApplicable, int Unknown)
{
    /// <summary>Controls the evidence decided either way.</summary>
    public int Decided => Met + Unmet;

    /// <summary>Met out of decided, rounded to a whole percent; null when the evidence decided none.</summary>
    public int? Percent => Decided == 0 ? null : (int)Math.Round(100.0 * Met / Decided, MidpointRounding.AwayFromZero);
}
