using Scanner.Core.Model;

namespace Scanner.Core.Engine;

/// <summary>Any Fail → Fail; else any Pass → Pass; else any Inconclusive → Inconclusive; else NotApplicable.</summary>
public static class Aggregator
{
    public static Outcome Aggregate(IEnumerable<Finding> findings)
    {
        var counted = findings.Where(f => !f.IsSuppressed).Select(f => f.Outcome).ToHashSet();
        return counted.Contains(Outcome.Fail) ? Outcome.Fail
            : counted.Contains(Outcome.Pass) ? Outcome.Pass
            : counted.Contains(Outcome.Inconclusive) ? Outcome.Inconclusive
            : Outcome.NotApplicable;
    }
}
