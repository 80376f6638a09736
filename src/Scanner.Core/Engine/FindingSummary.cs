using Scanner.Core.Model;

namespace Scanner.Core.Engine;

/// <summary>
/// The one-line summary of a probe's findings ("2 failing in 1 file(s), 3 passing"): written by the engine, and again
/// by the checklist judge when it leaves some findings out of a line's judgement.
/// </summary>
public static class FindingSummary
{
    public static string Of(IReadOnlyList<Finding> findings)
    {
        var fails = findings.Where(f => f.Outcome == Outcome.Fail && !f.IsSuppressed).ToList();
        var passes = findings.Count(f => f.Outcome == Outcome.Pass);
        var suppressed = findings.Count(f => f.IsSuppressed);
        var files = fails.Select(f => f.Location?.Path).Where(p => p is not null).Distinct().Count();
        var parts = new List<string>();
        if (fails.Count > 0)
        {
            parts.Add(files > 0 ? $"{fails.Count} failing in {files} file(s)" : $"{fails.Count} failing");
        }

        if (passes > 0)
        {
            parts.Add($"{passes} passing");
        }

        if (suppressed > 0)
        {
            parts.Add($"{suppressed} suppressed");
        }

        return parts.Count > 0 ? string.Join(", ", parts) : findings.Count > 0 ? findings[0].Message : "no findings";
    }
}
