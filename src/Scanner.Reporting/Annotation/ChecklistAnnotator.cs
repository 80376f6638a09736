using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Scanner.Checklist.Discovery;
using Scanner.Checklist.Reconciliation;
using Scanner.Reporting.Writers;

namespace Scanner.Reporting.Annotation;

/// <summary>
/// A copy of a checklist with every judged line's status and evidence under it: a sub-bullet under list items, a
/// quoted note after the block for other lines (table rows, paragraphs), so the Markdown structure survives. With
/// <c>fixCheckboxes</c>, boxes are ticked or unticked to match the evidence (false claims unticked, work already
/// done ticked). Every original line is kept byte for byte, apart from the boxes it was asked to fix.
/// </summary>
public static partial class ChecklistAnnotator
{
    private const int MaxEvidence = 5;

    /// <summary>Where the copy of <paramref name="checklistPath"/> goes: beside it, <c>NAME.readyscan.md</c>.</summary>
    public static string CopyPath(string checklistPath)
    {
        var directory = Path.GetDirectoryName(checklistPath) ?? "";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(checklistPath) + ChecklistDiscovery.AnnotatedSuffix);
    }

    public static string Annotate(string original, ChecklistFile file, IEnumerable<ReconciledLine> lines, bool fixCheckboxes, string toolVersion)
    {
        var byLine = lines.Where(l => l.Item.File == file.Path).GroupBy(l => l.Item.Line).ToDictionary(g => g.Key, g => g.ToList());
        var source = SplitLines(original);
        var result = new StringBuilder(original.Length * 2);
        var newline = source.Select(l => l.Ending).FirstOrDefault(e => e.Length > 0) ?? "\n";
        var pending = new List<string>();
        for (var i = 0; i < source.Count; i++)
        {
            var (text, ending) = source[i];
            if (pending.Count > 0 && text.Trim().Length == 0)
            {
                Flush(result, pending, newline);
            }

            var judged = byLine.GetValueOrDefault(i + 1) ?? [];
            var bullet = ListItem().Match(text);
            if (fixCheckboxes && bullet.Success && judged.Count == 1)
            {
                text = FixBox(text, bullet, judged[0]);
            }

            var notes = judged.SelectMany(l => Notes(l, fixCheckboxes)).Concat(Statements(file, i + 1)).ToList();
            result.Append(text);
            result.Append(ending.Length > 0 || notes.Count == 0 ? ending : newline);
            if (bullet.Success)
            {
                var indent = ContentIndent(bullet.Groups["lead"].Value);
                notes.ForEach(n => result.Append(indent).Append(n.Nested ? "  - " : "- ").Append(n.Text).Append(newline));
            }
            else
            {
                pending.AddRange(notes.Select(n => (n.Nested ? ">   - " : "> ") + n.Text));
            }
        }

        if (source.Count > 0 && source[^1].Ending.Length == 0 && !result.ToString().EndsWith(newline, StringComparison.Ordinal))
        {
            result.Append(newline);
        }

        if (pending.Count > 0)
        {
            Flush(result, pending, newline);
        }

        // At the end, not the top, so front matter (MDX, static-site checklists) stays the first thing in the file.
        result.Append(CultureInfo.InvariantCulture,
            $"{newline}<!-- Annotated by ReadyScan {toolVersion} from {Path.GetFileName(file.Path)}{(fixCheckboxes ? ", boxes fixed to match the evidence" : "")}. The original is unchanged; re-run `readyscan scan --annotate` to refresh this copy. -->{newline}");
        return result.ToString();
    }

    private static IEnumerable<(bool Nested, string Text)> Notes(ReconciledLine line, bool fixCheckboxes)
    {
        var status = ChecklistNames.Of(line.Status);
        var fixedBox = fixCheckboxes && Box(line) is { } box ? $", box {(box == "[ ]" ? "unticked" : "ticked")} by readyscan" : "";
        var at = line.Item.Line.ToString(CultureInfo.InvariantCulture);
        yield return (false, $"readyscan: **{status}** (original line {at}, verdict {ChecklistNames.Of(line.Verdict)}{fixedBox}): {line.Reason}");
        foreach (var e in line.Evidence.Take(MaxEvidence))
        {
            yield return (true, $"{Names.Of(e.Outcome)} `{HtmlText.Where(e.Path, e.Line)}` {e.Message}");
        }

        if (line.Evidence.Count > MaxEvidence)
        {
            yield return (true, $"… and {(line.Evidence.Count - MaxEvidence).ToString(CultureInfo.InvariantCulture)} more (see the JSON report)");
        }
    }

    /// <summary>What the checklist says about itself on this line: words that deny its box, a summary its boxes contradict.</summary>
    private static IEnumerable<(bool Nested, string Text)> Statements(ChecklistFile file, int line)
    {
        foreach (var c in file.Document.Contradictions.Where(c => c.Line == line))
        {
            yield return (false, $"readyscan: **self-contradiction**: the box says {ChecklistNames.Of(c.Claimed)}, the words say \"{c.Phrase}\"");
        }

        foreach (var s in file.Document.Summaries.Where(s => s.Line == line && !s.Agrees))
        {
            var unit = s.Kind.Contains("percent", StringComparison.Ordinal) ? "%" : "";
            yield return (false, string.Create(CultureInfo.InvariantCulture, $"readyscan: **summary-mismatch** (original line {s.Line}, \"{s.Text}\"): the boxes give {s.Actual:0.##}{unit}"));
        }
    }

    /// <summary>The box the evidence calls for, when it differs from the one written: false claims unticked, done work ticked.</summary>
    private static string? Box(ReconciledLine line) => line.Status switch
    {
        LineStatus.FalseClaim => "[ ]",
        LineStatus.UnclaimedMet => "[x]",
        _ => null,
    };

    private static string FixBox(string text, Match bullet, ReconciledLine line)
    {
        var box = bullet.Groups["box"];
        return box.Success && Box(line) is { } wanted ? string.Concat(text.AsSpan(0, box.Index), wanted, text.AsSpan(box.Index + box.Length)) : text;
    }

    /// <summary>The item's content column: its quote markers and indentation kept as written, the marker as spaces.</summary>
    private static string ContentIndent(string lead)
    {
        var keep = lead.Length - lead.TrimStart(' ', '\t', '>').Length;
        return lead[..keep] + new string(' ', lead.Length - keep);
    }

    private static void Flush(StringBuilder result, List<string> pending, string newline)
    {
        result.Append(newline);
        foreach (var note in pending)
        {
            result.Append(note).Append(newline);
        }

        pending.Clear();
    }

    /// <summary>Lines with their own endings; CR LF, LF and a lone CR each end a line, as the checklist parser counts them.</summary>
    private static List<(string Text, string Ending)> SplitLines(string text)
    {
        var lines = new List<(string, string)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            var ending = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : text[i].ToString();
            lines.Add((text[start..i], ending));
            i += ending.Length - 1;
            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add((text[start..], ""));
        }

        return lines;
    }

    /// <summary>A list item's marker and the spaces after it (its content indent), then an optional task box.</summary>
    [GeneratedRegex(@"^(?<lead>[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?<box>\[[ xX]\])?", RegexOptions.NonBacktracking)]
    private static partial Regex ListItem();
}
