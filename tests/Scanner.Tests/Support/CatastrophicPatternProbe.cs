using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Tests.Support;

/// <summary>
/// A probe whose pattern backtracks exponentially on a run of letters without a closing '!': compiled, it runs past
/// its timeout; on its non-backtracking twin it answers at once. Used to prove the engine's safe-mode rerun.
/// </summary>
public sealed partial class CatastrophicPatternProbe : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        foreach (var doc in context.Documents())
        {
            yield return Nested().IsMatch(doc.Content)
                ? context.Fail(doc, 0, "shout found")
                : context.Pass(doc, 0, "no shout");
        }
    }

    [GeneratedRegex(@"^(?:[a-z]+)+!", RegexOptions.CultureInvariant, 200)]
    private static partial Regex NestedCompiled();

    private static Regex Nested() => LinearRegex.Pick(NestedCompiled());
}
