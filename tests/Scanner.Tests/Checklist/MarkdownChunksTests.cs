using Scanner.Checklist.Parsing;
using Scanner.Tests.Support;

namespace Scanner.Tests.Checklist;

/// <summary>
/// Reading a checklist in runs must read exactly what one whole-document parse reads. With a run length of one
/// line every line the planner may cut before is tried, so these documents test every cut they contain.
/// </summary>
public sealed class MarkdownChunksTests
{
    private static readonly string[] Tricky =
    [
        "Must have:\n- [x] HTTPS\n- [ ] CORS\n\n- [x] Rate limit\n* [x] other list\n1. [x] numbered\n\n2. [ ] goes on\n",
        "## Fenced\n```\n## not a heading\n- [x] not an item\n\nnot a paragraph\n```\n- [x] after the fence\n",
        "<div>\n## inside html\n- [x] inside html\n</div>\n\n- [x] after html\n<!--\n\n## in a comment\n\n-->\n- [x] after comment\n",
        "- [x] item\n  ```\n  code\n- [x] next item closes the fence\n\nStatus: done\n- [ ] under\n  Status: In progress\n",
        "> - [x] quoted\n> lazy\n- [x] out of the quote\nlazy continuation\n\nparagraph\n===\n\n#hashtag\n- - -\n- [x] after a break\n",
        "See [the guide][g] and [other].\n\n## Later\n- [x] [Docs][g] written\n- [ ] [other] too\n\n[g]: https://example.com/guide\n[other]: <https://example.com/o> \"Title\"\n",
        "- [x] Backups ~~struck~~\n  - [ ] nested `code` item\n    - [x] deeper\n- ~~[ ] struck item~~\n\n```\nnever closed\n## still code\n",
    ];

    [TestCaseSource(nameof(Tricky))]
    public void Read_OneLineRuns_SameLinesAsOneParse(string text) => AssertSameAsOneParse(text);

    [Test]
    public void Read_SeedChecklists_SameLinesAsOneParse()
    {
        foreach (var seed in Directory.GetFiles(SharedFiles.SeedsDirectory(), "*.txt").Order(StringComparer.Ordinal))
        {
            AssertSameAsOneParse(File.ReadAllText(seed));
        }
    }

    [Test]
    public void Read_FixtureMarkdown_SameLinesAsOneParse()
    {
        var checklists = Directory.GetFiles(RepoPaths.Fixtures, "*.md", SearchOption.AllDirectories);
        Assert.That(checklists, Is.Not.Empty);
        foreach (var checklist in checklists)
        {
            AssertSameAsOneParse(File.ReadAllText(checklist));
        }
    }

    [Test]
    public void Read_LongChecklist_ReadsInSeveralRuns()
    {
        var text = string.Concat(Enumerable.Range(0, 3 * MarkdownChunks.MinimumLines).Select(i => i % 50 == 0 ? $"## Area {i}\n" : $"- [x] Item {i}\n"));

        var runs = MarkdownChunks.Read(Prepare(text), []).Select(r => r.Count).ToList();

        Assert.That(runs, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(runs.Sum(), Is.EqualTo(3 * MarkdownChunks.MinimumLines));
    }

    private static void AssertSameAsOneParse(string text)
    {
        var (oneLines, oneNotes) = Flatten(text, int.MaxValue / 2);
        var (runLines, runNotes) = Flatten(text, 1);

        Assert.That(runLines, Is.EqualTo(oneLines));
        Assert.That(runNotes, Is.EqualTo(oneNotes));
    }

    /// <summary>Each line with its parent as a line number, since parents index into their own run.</summary>
    private static (List<string> Lines, List<string> Notes) Flatten(string text, int minimumLines)
    {
        var notes = new List<string>();
        var lines = new List<string>();
        foreach (var run in MarkdownChunks.Read(Prepare(text), notes, minimumLines))
        {
            lines.AddRange(run.Select(l => $"{l with { Parent = l.Parent < 0 ? -1 : run[l.Parent].Line }}"));
        }

        return (lines, notes);
    }

    private static SourceText Prepare(string text) => SourceText.Prepare(text, []);
}
