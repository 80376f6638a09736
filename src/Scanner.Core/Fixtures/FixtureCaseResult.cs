using Scanner.Core.Model;

namespace Scanner.Core.Fixtures;

public sealed record FixtureCaseResult(FixtureCase Case, Outcome Actual, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
