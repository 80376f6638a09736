using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Reads a prepared checklist in runs of whole lines that Markdig parses one at a time, so that a million-line
/// checklist never holds a million-line syntax tree (a tree costs about 1.5 KB a line). A run ends only where the
/// document's block structure starts afresh at the left margin: before an ATX heading, before a bullet item, or
/// before a paragraph after a blank line, and only once Markdig confirms that nothing before it (a fence, an HTML
/// block) is still open. What a whole-document parse would carry over such a point, a list going on and a list's
/// lead-in, is carried by <see cref="ListCarry"/>; link reference definitions, the one thing CommonMark shares
/// across the whole document, are put in front of every run by their labels, so a reference resolves as in one
/// parse. Documents shorter than <see cref="MinimumLines"/> are one run.
/// </summary>
internal static class MarkdownChunks
{
    public const int MinimumLines = 2_000;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseTaskLists()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>
    /// The lines of each run in order. A run Markdig refuses (nesting past its depth limit) is read line by line
    /// instead, with a note; parents in a run's lines are indexes into that run's list.
    /// </summary>
    public static IEnumerable<List<MarkdownLine>> Read(SourceText source, List<string> notes, int minimumLines = MinimumLines)
    {
        var (runs, prefix) = Plan(source, minimumLines);
        var inline = new InlineTextBuilder();
        ListCarry? carry = null;
        var refused = false;
        foreach (var run in runs)
        {
            // Runs parsed while planning are parsed bare; the others behind the definitions' prefix.
            var front = run.Document is null ? prefix : "";
            string? refusal = null;
            var document = run.Document ?? TryParse(front + source.Text[source.StartOf(run.First)..source.StartOf(run.End)], out refusal);
            if (document is null)
            {
                if (!refused)
                {
                    // Markdig refuses documents nested past its depth limit; a checklist is flat enough to read line by line.
                    notes.Add($"Markdown structure could not be read ({refusal ?? run.Refusal}); read line by line instead");
                    refused = true;
                }

                carry = null;
                yield return FallbackLineReader.Read(source, run.First, run.End);
                continue;
            }

            var shift = (run.First - 1 - LineCount(front), source.StartOf(run.First) - front.Length);
            var (lines, last) = MarkdigLineReader.Read(document, source, notes, shift, carry, inline);
            carry = last;
            yield return lines;
        }
    }

    /// <summary>
    /// The runs, each with its parsed tree when no definitions need to go in front. With link reference definitions
    /// the runs are planned first (their trees dropped) and parsed again behind the labels of all of them, merged
    /// so that each is at least four times as long as that prefix.
    /// </summary>
    private static (IEnumerable<Run> Runs, string Prefix) Plan(SourceText source, int minimumLines)
    {
        if (!source.Text.Contains("]:", StringComparison.Ordinal))
        {
            return (Runs(source, minimumLines), "");
        }

        var planned = new List<Run>();
        var labels = new List<string>();
        foreach (var run in Runs(source, minimumLines))
        {
            planned.Add(run with { Text = "", Document = null });
            if (run.Document is { } document)
            {
                labels.AddRange(document.Descendants<LinkReferenceDefinition>().Select(d => run.Text.Substring(d.LabelSpan.Start, d.LabelSpan.Length)));
            }
        }

        if (planned.Count == 1 || labels.Count == 0)
        {
            return (Runs(source, minimumLines), "");
        }

        var prefix = string.Concat(labels.Distinct(StringComparer.Ordinal).Select(l => $"[{l}]: #\n")) + "\n";
        return (Merge(planned, 4 * LineCount(prefix)), prefix);
    }

    private static List<Run> Merge(List<Run> planned, int minimumLines)
    {
        var merged = new List<Run>();
        foreach (var run in planned)
        {
            if (merged.Count > 0 && merged[^1] is var open && open.End - open.First < minimumLines)
            {
                merged[^1] = open with { End = run.End };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }

    /// <summary>
    /// Runs of at least <paramref name="minimumLines"/> lines, each parsed. A run is cut before the first line after
    /// that which starts afresh; when Markdig shows the cut falls inside an open block, the run doubles and tries again.
    /// </summary>
    private static IEnumerable<Run> Runs(SourceText source, int minimumLines)
    {
        var end = source.LineCount + 1;
        for (var first = 1; first < end;)
        {
            var reach = Math.Max(1, minimumLines);
            while (true)
            {
                var cut = NextFreshStart(source, first + reach, end);
                var text = source.Text[source.StartOf(first)..source.StartOf(cut)];
                var document = TryParse(text, out var refusal);
                if (cut == end || document is null || EndsClosed(document))
                {
                    yield return new Run(first, cut, text, document) { Refusal = refusal };
                    first = cut;
                    break;
                }

                reach *= 2;
            }
        }
    }

    private static MarkdownDocument? TryParse(string text, out string? refusal)
    {
        refusal = null;
        try
        {
            return Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException error)
        {
            refusal = error.Message;
            return null;
        }
    }

    /// <summary>Nothing at the end of the run is open: no fence without its closing fence, no HTML block.</summary>
    private static bool EndsClosed(MarkdownDocument document)
    {
        for (var i = document.Count - 1; i >= 0; i--)
        {
            if (document[i] is not LinkReferenceDefinitionGroup)
            {
                return document[i] is not (HtmlBlock or FencedCodeBlock { ClosingFencedCharCount: 0 });
            }
        }

        return true;
    }

    /// <summary>
    /// The first line at or after <paramref name="line"/> that opens a block at the left margin whatever came before
    /// it, except an open fence or HTML block: an ATX heading or a bullet item (both interrupt a paragraph), or a
    /// paragraph or numbered item after a blank line. <paramref name="end"/> when there is none.
    /// </summary>
    private static int NextFreshStart(SourceText source, int line, int end)
    {
        for (; line < end; line++)
        {
            var text = source.Text.AsSpan(source.StartOf(line), source.StartOf(line + 1) - source.StartOf(line)).TrimEnd('\n');
            if (text.IsEmpty)
            {
                continue;
            }

            var hashes = text.IndexOfAnyExcept('#') is var n && n >= 0 ? n : text.Length;
            var fresh = text[0] switch
            {
                '#' => hashes <= 6 && (hashes == text.Length || text[hashes] is ' ' or '\t'),
                '-' or '+' or '*' => text.Length > 2 && text[1] is ' ' or '\t' && text[2..].IndexOfAnyExcept("-*_ \t") >= 0,
                var c => char.IsLetterOrDigit(c) && source.IsBlank(line - 1),
            };
            if (fresh)
            {
                return line;
            }
        }

        return end;
    }

    private static int LineCount(string text) => text.AsSpan().Count('\n');

    /// <param name="First">1-based first line.</param>
    /// <param name="End">1-based line after the last.</param>
    /// <param name="Text">The run's text, as parsed.</param>
    /// <param name="Document">Its tree; null when it is to be parsed again behind the definitions, or was refused.</param>
    private sealed record Run(int First, int End, string Text, MarkdownDocument? Document)
    {
        /// <summary>Why Markdig refused the run, when it did.</summary>
        public string? Refusal { get; init; }
    }
}
