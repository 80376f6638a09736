using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Tests.Support;

/// <summary>
/// A probe with a catastrophically backtracking pattern under a match timeout, the kind a careless card or
/// probe could ship: on a long run of 'a' without the closing '!' it runs out of time instead of finishing.
/// </summary>
public sealed partial class BacktrackingProbe : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        foreach (var doc in context.Documents())
        {
            if (Nested().IsMatch(doc.Content))
            {
                findings.Add(context.AtFile(Outcome.Fail, doc.Path, "matched"));
            }
        }

        return findings;
    }

    [GeneratedRegex("^(a+)+!$", RegexOptions.Multiline, 50)]
    private static partial Regex Nested();
}
