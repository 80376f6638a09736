using Scanner.Core.Model;

namespace Scanner.Core.Fixtures;

public sealed record FixtureCaseResult(FixtureCase Case, Outcome Actual, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>The probe's findings on the case (empty when it could not run).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}
