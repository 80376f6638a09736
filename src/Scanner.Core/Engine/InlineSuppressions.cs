using System.Text.RegularExpressions;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Engine;

/// <summary>
/// Honours <c>readyscan:ignore &lt;probe-id&gt; -- &lt;reason&gt;</c> on a failing line or the line above it.
/// The reason is required; a marker without one does not suppress. Suppressed findings stay in the report.
/// </summary>
public static partial class InlineSuppressions
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, Workspace workspace)
    {
        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var suppression = finding is { Outcome: Outcome.Fail, Location: { Line: > 0 } location }
                ? Find(finding.ProbeId, location, workspace)
                : null;
            result.Add(suppression is null ? finding : finding with { Suppression = suppression });
        }

        return result;
    }

    private static Suppression? Find(string probeId, SourceLocation location, Workspace workspace)
    {
        if (workspace.Read(location.Path) is not { } doc)
        {
            return null;
        }

        for (var line = location.Line; line >= Math.Max(1, location.Line - 1); line--)
        {
            var text = doc.Text.Line(line);
            if (text.IndexOf("readyscan:ignore", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var match = Marker().Match(text.ToString());
            if (match.Success && match.Groups["ids"].Value.Split(',').Contains(probeId, StringComparer.Ordinal))
            {
                return new Suppression("inline", match.Groups["reason"].Value.Trim(), location with { Line = line, Column = 0 });
            }
        }

        return null;
    }

    [GeneratedRegex(@"readyscan:ignore\s+(?<ids>[a-z0-9,-]+)\s+--\s*(?<reason>\S.*?)\s*(?:\*/|-->)?\s*$", RegexOptions.None, 100)]
    private static partial Regex Marker();
}
