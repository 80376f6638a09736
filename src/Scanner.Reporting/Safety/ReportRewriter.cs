using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Safety;

/// <summary>
/// Passes every string a report holds that came from the repository (paths, messages, evidence, checklist text,
/// headings, markers, notes) through one function, with the language of the file it came from. A record is rebuilt
/// only when one of its strings changed, so a million-line checklist without secrets is not copied.
/// </summary>
/// <param name="text">Rewrites text read from (or quoting) a file in the given language.</param>
/// <param name="path">Rewrites a repository path.</param>
/// <param name="evidence">Rewrites a line printed as evidence; <paramref name="text"/> when null.</param>
public sealed class ReportRewriter(Func<string, Language, string> text, Func<string, string> path, Func<string, Language, string>? evidence = null)
{
    private readonly Func<string, Language, string> _evidence = evidence ?? text;

    public ScanReport Rewrite(ScanReport report) => report with
    {
        Target = path(report.Target),
        Scan = Rewrite(report.Scan),
        Checklist = Rewrite(report.Checklist),
    };

    private ScanResult Rewrite(ScanResult scan) => scan with
    {
        Target = path(scan.Target),
        Probes = Each(scan.Probes, Rewrite),
        Components = Each(scan.Components, c => c with
        {
            Root = path(c.Root),
            Entries = Each(c.Entries, e => e with { Command = text(e.Command, LanguageDetector.Detect(e.DeclaredIn)), DeclaredIn = path(e.DeclaredIn) }),
        }),
        Notes = Each(scan.Notes, n => Same(n.Path, path(n.Path)) && Same(n.Message, text(n.Message, Language.Other))
            ? n
            : n with { Path = path(n.Path), Message = text(n.Message, Language.Other) }),
    };

    private ProbeResult Rewrite(ProbeResult probe) =>
        probe with { Summary = text(probe.Summary, Language.Other), Findings = Each(probe.Findings, Rewrite) };

    private Finding Rewrite(Finding finding)
    {
        var language = finding.Location is { } at ? LanguageDetector.Detect(at.Path) : Language.Other;
        return finding with
        {
            Message = text(finding.Message, language),
            Evidence = finding.Evidence is { } line ? _evidence(line, language) : null,
            Location = finding.Location is { } location ? location with { Path = path(location.Path) } : null,
            Component = finding.Component is { } root ? path(root) : null,
            Suppression = finding.Suppression is { } s
                ? s with { Justification = text(s.Justification, language), Location = s.Location is { } l ? l with { Path = path(l.Path) } : null }
                : null,
        };
    }

    private ChecklistReport Rewrite(ChecklistReport checklist) => checklist with
    {
        Files = Each(checklist.Files, f => f with { Path = path(f.Path), Document = Rewrite(f.Document) }),
        Lines = Each(checklist.Lines, Rewrite),
    };

    private ChecklistDocument Rewrite(ChecklistDocument document) => document with
    {
        File = path(document.File),
        Items = Each(document.Items, Rewrite),
        Summaries = Each(document.Summaries, s => s with { File = path(s.File), Text = Markdown(s.Text) }),
        Contradictions = Each(document.Contradictions, c => c with { File = path(c.File), Text = Markdown(c.Text), Phrase = Markdown(c.Phrase) }),
        Notes = Each(document.Notes, n => text(n, Language.Other)),
    };

    private ReconciledLine Rewrite(ReconciledLine line)
    {
        var item = Rewrite(line.Item);
        var evidence = Each(line.Evidence, Rewrite);
        var reason = text(line.Reason, Language.Other);
        var qualifiers = Each(line.Qualifiers, q =>
        {
            var (shown, why, found) = (Markdown(q.Text), text(q.Reason, Language.Other), Each(q.Evidence, Rewrite));
            return Same(shown, q.Text) && Same(why, q.Reason) && ReferenceEquals(found, q.Evidence) ? q : q with { Text = shown, Reason = why, Evidence = found };
        });
        return ReferenceEquals(item, line.Item) && ReferenceEquals(evidence, line.Evidence) && Same(reason, line.Reason) && ReferenceEquals(qualifiers, line.Qualifiers)
            ? line
            : line with { Item = item, Evidence = evidence, Reason = reason, Qualifiers = qualifiers };
    }

    private EvidenceItem Rewrite(EvidenceItem e)
    {
        var (shownPath, message) = (path(e.Path), text(e.Message, LanguageDetector.Detect(e.Path)));
        return Same(shownPath, e.Path) && Same(message, e.Message) ? e : e with { Path = shownPath, Message = message };
    }

    private ChecklistItem Rewrite(ChecklistItem item)
    {
        var file = path(item.File);
        var section = Each(item.Section, Markdown);
        var lineText = Markdown(item.Text);
        var marker = item.Marker is { } m ? Markdown(m) : null;
        var spans = Each(item.CodeSpans, Markdown);
        var tag = item.ControlTag is { } t ? Markdown(t) : null;
        return Same(file, item.File) && ReferenceEquals(section, item.Section) && Same(lineText, item.Text) && Same(marker, item.Marker)
            && ReferenceEquals(spans, item.CodeSpans) && Same(tag, item.ControlTag)
            ? item
            : item with { File = file, Section = section, Text = lineText, Marker = marker, CodeSpans = spans, ControlTag = tag };
    }

    private string Markdown(string value) => text(value, Language.Markdown);

    private static bool Same(string? a, string? b) => ReferenceEquals(a, b);

    /// <summary>The list itself when no element changed, so unchanged records and lists are shared, not copied.</summary>
    private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> items, Func<T, T> rewrite)
        where T : class
    {
        List<T>? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            var rewritten = rewrite(items[i]);
            if (copy is null && !ReferenceEquals(rewritten, items[i]))
            {
                copy = new List<T>(items.Count);
                for (var j = 0; j < i; j++)
                {
                    copy.Add(items[j]);
                }
            }

            copy?.Add(rewritten);
        }

        return copy is null ? items : copy;
    }
}
