using Scanner.Core.Secrets;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Safety;

/// <summary>
/// The one redaction every repository string passes on its way to a report: findings are scrubbed when probes make
/// them, but checklist lines, headings, paths and notes are not findings, and a message quoting a Dockerfile line
/// needs the Dockerfile kinds. Applied to the whole report before any writer sees it.
/// </summary>
public static class ReportRedaction
{
    private static readonly ReportRewriter Rewriter = new(Redactor.ScrubQuoted, Redactor.ScrubPath, Redactor.ScrubEvidence);

    public static ScanReport Apply(ScanReport report) => Rewriter.Rewrite(report);

    /// <summary>A repository's name or path as a fleet list writes it (a folder, a clone URL with credentials in it).</summary>
    public static string RepositoryName(string name) => Redactor.ScrubPath(name);

    /// <summary>A repository string outside a scan report (a repository name in a fleet list, a title read back from a report).</summary>
    public static string Text(string text) => Redactor.ScrubQuoted(text, Core.Text.Language.Other);
}
