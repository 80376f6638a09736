using System.Text;
using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserRobustnessTests
{
    private const string Sample = "# T\n\n## A\n- [x] one\n- [ ] two\n\n## B\n\u2705 three\n- [x] four\n";

    private static readonly (int Line, string Text)[] SampleItems = [(4, "one"), (5, "two"), (8, "three"), (9, "four")];

    [TestCase("\r\n")]
    [TestCase("\r")]
    [TestCase("\n")]
    public void Parse_AnyLineEnding_GivesSameLines(string ending)
    {
        var items = Parse(Sample.Replace("\n", ending, StringComparison.Ordinal)).Items;
        Assert.That(items.Select(i => (i.Line, i.Text)), Is.EqualTo(SampleItems));
    }

    [Test]
    public void Parse_MixedLineEndings_GivesExactLines()
    {
        var items = Parse("# T\r\n\r- [x] one\n- [ ] two\r\n\r\n## B\r\u2705 three\n\r- [x] four").Items;
        Assert.That(items.Select(i => (i.Line, i.Text, i.Section.Count)), Is.EqualTo(new[] { (3, "one", 1), (4, "two", 1), (7, "three", 2), (9, "four", 2) }));
    }

    /// <summary>
    /// Item texts are packed into shared blocks of 16K characters: texts that fill a block, cross its end, or are
    /// longer than a whole block come back whole and in order, around short ones.
    /// </summary>
    [Test]
    public void Parse_ItemTextsLongerThanAStorageBlock_ComeBackWhole()
    {
        string[] texts = [new string('a', 16_380), "short", new string('b', 40_000), "tiny", new string('c', 16_384), "end", .. Enumerable.Range(0, 5_000).Select(i => $"item {i}")];
        var markdown = "# T\n" + string.Concat(texts.Select(t => $"- [x] {t}\n"));

        var items = Parse(markdown).Items;

        Assert.That(items.Select(i => i.Text), Is.EqualTo(texts));
        Assert.That(items.Select(i => i.Line), Is.EqualTo(Enumerable.Range(2, texts.Length)));
    }

    [Test]
    public void Parse_InvalidUtf8Bytes_KeepReplacementCharsAndNoteThem()
    {
        var bytes = Encoding.UTF8.GetBytes("# T\n- [x] caf").Concat(new byte[] { 0xE9, 0xFF }).Concat(Encoding.UTF8.GetBytes("\n- [ ] next")).ToArray();
        var document = Parse(Encoding.UTF8.GetString(bytes));
        Assert.Multiple(() =>
        {
            Assert.That(document.Items.Select(i => (i.Line, i.Text)), Is.EqualTo(new[] { (2, "caf\uFFFD\uFFFD"), (3, "next") }));
            Assert.That(document.Notes, Has.One.Contains("U+FFFD"));
        });
    }

    [Test]
    public void Parse_NulAndBom_AreHarmless()
    {
        var document = Parse("\uFEFF# T\n- [x] a\0b\n- [ ] c");
        Assert.Multiple(() =>
        {
            Assert.That(document.Items.Select(i => (i.Line, i.Text)), Is.EqualTo(new[] { (2, "a\uFFFDb"), (3, "c") }));
            Assert.That(document.Items[0].Section, Is.EqualTo(new[] { "T" }));
            Assert.That(document.Notes, Has.One.Contains("NUL"));
        });
    }

    [Test]
    public void Parse_UnclosedCodeFence_StopsLikeGitHubAndNotes()
    {
        var document = Parse("- [x] before\n\n```bash\nnpm test\n- [x] inside the fence\n");
        Assert.Multiple(() =>
        {
            Assert.That(document.Items.Select(i => i.Line), Is.EqualTo(new[] { 1 }));
            Assert.That(document.Notes, Has.One.Contains("line 3 is never closed"));
        });
    }

    [TestCase("")]
    [TestCase("   \n\n\t")]
    [TestCase("[x]")]
    [TestCase("- [")]
    [TestCase("| a | b |\n|---|---|\n| [x] | c |")]
    [TestCase("<details>\n<summary>x</summary>\n- [x] a\n")]
    [TestCase("**unclosed *emphasis [link](\n- [x")]
    public void Parse_BrokenMarkdown_DoesNotThrow(string text)
    {
        Assert.That(() => Parse(text), Throws.Nothing);
    }

    [Test]
    public void Parse_NestingPastMarkdigLimit_FallsBackLineByLine()
    {
        var builder = new StringBuilder("# Deep\n");
        for (var depth = 0; depth < 300; depth++)
        {
            builder.Append(' ', depth * 2).Append(depth % 2 == 0 ? "- [x] level " : "- [ ] level ").Append(depth).Append('\n');
        }

        var document = Parse(builder.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(document.Notes, Has.One.StartsWith("Markdown structure could not be read"));
            Assert.That(document.Items, Has.Count.EqualTo(300));
            var last = document.Items[299];
            Assert.That((last.Line, last.Text, last.Claim, last.Style, last.Depth), Is.EqualTo((301, "level 299", Claim.NotDone, ClaimStyle.Checkbox, 299)));
            Assert.That(last.Section, Is.EqualTo(new[] { "Deep" }));
        });
    }

    [Test]
    public void Parse_DeepQuotesAndBrackets_DoNotThrow()
    {
        var text = new string('>', 20_000) + " - [x] quoted\n" + new string('[', 50_000) + "\n- [x] after";
        var document = Parse(text);
        Assert.That(document.Items.Select(i => i.Text), Does.Contain("after"));
    }

    [Test]
    public void Parse_RandomMarkdownFragments_NeverThrowAndKeepLinesInRange()
    {
        string[] fragments =
        [
            "- [x] done", "* [X] DONE", "- [ ] open", "1. [x] n", "  - [ ] nested", "\u2705 ok", "\u274C no", "\u26A0\uFE0F w",
            "```", "~~~", "<div>", "</div>", "<!--", "-->", "# H", "## \U0001F680 H2", "Status: Done", "Completed: 3", "> q",
            "~~gone~~", "**b", "`c", "[l](", "\uFFFD", "\0", "\r", "\r\n", "\t- [x] tab", "| t |", "---", "===", "\u201A\u00FA\u00D6 m",
        ];
        var random = new Random(20240601);
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            for (var k = random.Next(1, 60); k > 0; k--)
            {
                builder.Append(fragments[random.Next(fragments.Length)]).Append(random.Next(4) == 0 ? " " : "\n");
            }

            var text = builder.ToString();
            var lineCount = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
            var document = Parse(text);
            Assert.That(document.Items.All(i => i.Line >= 1 && i.Line <= lineCount), Is.True, text);
        }
    }

    private static ChecklistDocument Parse(string text) => ChecklistParser.Parse("CHECKLIST.md", text);
}
