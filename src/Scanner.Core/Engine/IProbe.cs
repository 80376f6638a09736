using Scanner.Core.Model;

namespace Scanner.Core.Engine;

/// <summary>One yes/no question about the target, answered with findings; the engine aggregates them.</summary>
public interface IProbe
{
    IEnumerable<Finding> Run(ProbeContext context);
}
