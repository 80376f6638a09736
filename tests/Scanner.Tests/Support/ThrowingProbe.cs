using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Tests.Support;

/// <summary>A probe that fails the way a bug would, to prove the engine contains it.</summary>
public sealed class ThrowingProbe : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        throw new InvalidOperationException("boom with ghp_ReadyScanFakeTokenNotReal0123456789a inside");
}
