using Scanner.Core.Model;

namespace Scanner.Checklist.Reconciliation;

/// <summary>One finding behind a verdict: which probe, where (path "" when the finding is about the whole project), what.</summary>
public sealed record EvidenceItem(string ProbeId, Outcome Outcome, string Path, int Line, string Message)
{
    public static EvidenceItem Of(Finding finding) =>
        new(finding.ProbeId, finding.Outcome, finding.Location?.Path ?? "", finding.Location?.Line ?? 0, finding.Message);
}
