using Scanner.Core.Model;

namespace Scanner.Core.Fixtures;

/// <summary>A tiny target repository under <c>fixtures/&lt;probe-id&gt;/&lt;case&gt;/</c>, expected outcome by name prefix.</summary>
public sealed record FixtureCase(string ProbeId, string Name, string Directory, Outcome Expected)
{
    public override string ToString() => $"{ProbeId}/{Name}";
}
