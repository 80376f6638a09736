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
        Generated = Each(scan.Generated, g => path(g.Path) is var p && Same(g.Path, p) ? g : g with { Path = p }),
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

    /// <summary>
    /// Lines share their file name, heading path, marker, evidence and reason with thousands of others: each shared
    /// value is rewritten once (remembered by reference), and a line is copied only when one of its values changed.
    /// </summary>
    private ChecklistReport Rewrite(ChecklistReport checklist)
    {
        var seen = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        return checklist with
        {
            Files = Each(checklist.Files, f => f with { Path = path(f.Path), Document = Rewrite(f.Document, seen) }),
            Lines = Each(checklist.Lines, l => Rewrite(l, seen)),
        };
    }

    private ChecklistDocument Rewrite(ChecklistDocument document, Dictionary<object, object> seen) => document with
    {
        File = path(document.File),
        Items = Each(document.Items, i => Rewrite(i, seen)),
        Summaries = Each(document.Summaries, s => s with { File = path(s.File), Text = Markdown(s.Text) }),
        Contradictions = Each(document.Contradictions, c => c with { File = path(c.File), Text = Markdown(c.Text), Phrase = Markdown(c.Phrase) }),
        Notes = Each(document.Notes, n => text(n, Language.Other)),
    };

    private ReconciledLine Rewrite(ReconciledLine line, Dictionary<object, object> seen)
    {
        var item = Rewrite(line.Item, seen);
        var evidence = Once(seen, line.Evidence, list => Each(list, Rewrite));
        var reason = Once(seen, line.Reason, r => text(r, Language.Other));
        var qualifiers = line.Qualifiers.Count == 0 ? line.Qualifiers : Each(line.Qualifiers, q =>
        {
            var (shown, why, found) = (Markdown(q.Text), text(q.Reason, Language.Other), Each(q.Evidence, Rewrite));
            return Same(shown, q.Text) && Same(why, q.Reason) && ReferenceEquals(found, q.Evidence) ? q : q with { Text = shown, Reason = why, Evidence = found };
        });
        return ReferenceEquals(item, line.Item) && ReferenceEquals(evidence, line.Evidence) && Same(reason, line.Reason) && ReferenceEquals(qualifiers, line.Qualifiers)
            ? line
            : line with { Item = item, Evidence = evidence, Reason = reason, Qualifiers = qualifiers };
    }

    private EvidenceItem Rewrite(EvidenceItem evidence)
    {
        var file = path(evidence.Path);
        var message = text(evidence.Message, LanguageDetector.Detect(evidence.Path));
        return Same(file, evidence.Path) && Same(message, evidence.Message) ? evidence : evidence with { Path = file, Message = message };
    }

    private ChecklistItem Rewrite(ChecklistItem item, Dictionary<object, object> seen)
    {
        var file = Once(seen, item.File, path);
        var section = Once(seen, item.Section, s => Each(s, Markdown));
        var lineText = Markdown(item.Text);
        var marker = item.Marker is { } m ? Once(seen, m, Markdown) : null;
        var spans = item.CodeSpans.Count == 0 ? item.CodeSpans : Each(item.CodeSpans, Markdown);
        var tag = item.ControlTag is { } t ? Markdown(t) : null;
        return Same(file, item.File) && ReferenceEquals(section, item.Section) && Same(lineText, item.Text) && Same(marker, item.Marker)
            && ReferenceEquals(spans, item.CodeSpans) && Same(tag, item.ControlTag)
            ? item
            : item with { File = file, Section = section, Text = lineText, Marker = marker, CodeSpans = spans, ControlTag = tag };
    }

    private static T Once<T>(Dictionary<object, object> seen, T value, Func<T, T> rewrite)
        where T : class
    {
        if (!seen.TryGetValue(value, out var rewritten))
        {
            seen[value] = rewritten = rewrite(value);
        }

        return (T)rewritten;
    }

    private string Markdown(string value) => text(value, Language.Markdown);

    private static bool Same(string? a, string? b) => ReferenceEquals(a, b);

    /// <summary>
    /// The list itself when no element changed, so unchanged records and lists are shared, not copied; otherwise the
    /// list with the changed elements patched in. Each element is read once: big checklists build them on reading.
    /// </summary>
    private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> items, Func<T, T> rewrite)
        where T : class
    {
        Dictionary<int, T>? patches = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var rewritten = rewrite(item);
            if (!ReferenceEquals(rewritten, item))
            {
                (patches ??= [])[i] = rewritten;
            }
        }

        return patches is null ? items : new PatchedList<T>(items, patches);
    }
}
