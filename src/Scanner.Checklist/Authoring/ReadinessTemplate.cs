using System.Text;
using Scanner.Checklist.Claims;
using Scanner.Checklist.Controls;
using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;

namespace Scanner.Checklist.Authoring;

/// <summary>
/// Writes a readiness checklist from the control catalog, ticking a box only where the scan found the control met
/// with more than low-confidence evidence, and tagging every line so the next scan matches it exactly.
/// </summary>
public static class ReadinessTemplate
{
    public const string FileName = "PRODUCTION_READINESS.md";

    private const int MaxEvidence = 3;

    public static (string Markdown, int Ticked, int Total) Build(ControlCatalog catalog, ScanResult scan)
    {
        var probes = scan.Probes.ToDictionary(p => p.Probe.Id, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("# Production readiness\n\n");
        sb.Append("Written by ReadyScan ").Append(scan.ToolVersion).Append(". A box is ticked only where a probe found the control in place; ");
        sb.Append("the comment on each line ties it to its control so `readyscan scan` judges it exactly. Tick the rest as you do them: ");
        sb.Append("the next scan tells you whether the tick is true.\n");
        var ticked = 0;
        foreach (var area in catalog.Controls.GroupBy(c => c.Area).OrderBy(g => g.Key))
        {
            sb.Append("\n## ").Append(Title(area.Key.ToString())).Append("\n\n");
            foreach (var control in area)
            {
                // Judged as the scan will judge the line it writes: the title's own words set its scope.
                var line = new ChecklistItem("PRODUCTION_READINESS.md", 0, [], control.Title, Claim.NotDone, ClaimStyle.Checkbox, 0, control.Id, false);
                var judgement = ControlJudge.Judge(control, probes, LineScope.Of(line));
                var tick = judgement.Verdict == Verdict.Met && !judgement.LowConfidenceOnly;
                ticked += tick ? 1 : 0;
                sb.Append("- [").Append(tick ? 'x' : ' ').Append("] ").Append(control.Title)
                  .Append(" <!-- readyscan: ").Append(control.Id).Append(" -->\n");
                AppendEvidence(sb, judgement);
            }
        }

        return (sb.ToString(), ticked, catalog.Controls.Count);
    }

    /// <summary>
    /// Evidence lines under each box. Their labels must not read as a status ("not yet", "not applicable"): the
    /// next scan would take such a line for a claim of its own and match it by the probe ids in its reason.
    /// </summary>
    private static void AppendEvidence(StringBuilder sb, ControlJudgement judgement)
    {
        var label = judgement.Verdict switch
        {
            Verdict.Met => "evidence",
            Verdict.Unmet => "not yet",
            // Not "not applicable": the checklist parser reads that phrase as the line's own claim.
            Verdict.NotApplicable => "nothing to judge",
            _ => "to verify by hand",
        };
        if (judgement.Evidence.Count == 0)
        {
            const string Nothing = "nothing to check (";
            var reason = judgement.Reason.StartsWith(Nothing, StringComparison.Ordinal) && judgement.Reason.EndsWith(')')
                ? judgement.Reason[Nothing.Length..^1]
                : judgement.Reason;
            sb.Append("  - ").Append(label).Append(": ").Append(reason).Append('\n');
            return;
        }

        foreach (var e in judgement.Evidence.Take(MaxEvidence))
        {
            var where = e.Path.Length == 0 ? "" : e.Line > 0 ? $"`{e.Path}:{e.Line}` " : $"`{e.Path}` ";
            sb.Append("  - ").Append(label).Append(": ").Append(where).Append(e.Message).Append('\n');
        }
    }

    private static string Title(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
