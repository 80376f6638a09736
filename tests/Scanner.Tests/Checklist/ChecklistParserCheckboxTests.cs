using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserCheckboxTests
{
    [TestCase("- [x] Rate limiting", Claim.Done)]
    [TestCase("* [X] Rate limiting", Claim.Done)]
    [TestCase("+ [x] Rate limiting", Claim.Done)]
    [TestCase("- [ ] Rate limiting", Claim.NotDone)]
    [TestCase("1. [x] Rate limiting", Claim.Done)]
    [TestCase("12) [ ] Rate limiting", Claim.NotDone)]
    [TestCase("- [/] Rate limiting", Claim.Partial)]
    [TestCase("- [~] Rate limiting", Claim.Partial)]
    [TestCase("- [-] Rate limiting", Claim.NotApplicable)]
    public void Parse_Checkbox_ClaimsWhatTheBoxSays(string line, Claim claim)
    {
        var item = Parse("# List\n\n" + line).Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.Claim, Is.EqualTo(claim));
            Assert.That(item.Style, Is.EqualTo(ClaimStyle.Checkbox));
            Assert.That(item.Text, Is.EqualTo("Rate limiting"));
            Assert.That(item.Line, Is.EqualTo(3));
            Assert.That(item.Section, Is.EqualTo(new[] { "List" }));
        });
    }

    [Test]
    public void Parse_NestedAndNumberedItems_KeepDepthAndExactLines()
    {
        const string text = "## Security\n\n1. [ ] Secrets\n   - [x] auth.ts\n     * [ ] rotate keys\n   - [x] config.py\n2. [x] HTTPS\n";
        var items = Parse(text).Items;
        Assert.That(items.Select(i => (i.Line, i.Depth, i.Text, i.Claim)), Is.EqualTo(new[]
        {
            (3, 0, "Secrets", Claim.NotDone),
            (4, 1, "auth.ts", Claim.Done),
            (5, 2, "rotate keys", Claim.NotDone),
            (6, 1, "config.py", Claim.Done),
            (7, 0, "HTTPS", Claim.Done),
        }));
    }

    [Test]
    public void Parse_BoxWithMarkerInText_BoxWins()
    {
        var item = Parse("- [ ] \u2705 Backups verified").Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.Claim, Is.EqualTo(Claim.NotDone));
            Assert.That(item.Text, Is.EqualTo("Backups verified"));
            Assert.That(item.Marker, Is.EqualTo("[ ]"));
        });
    }

    [Test]
    public void Parse_MarkdownInText_IsStripped()
    {
        var item = Parse("- [x] **Bold** `code` [link text](https://example.com) _em_ ENCRYPTION_KEY ![alt](i.png) <b>x</b> &amp;").Items.Single();
        Assert.That(item.Text, Is.EqualTo("Bold code link text em ENCRYPTION_KEY alt x &"));
    }

    [Test]
    public void Parse_WrappedItem_JoinsContinuationLines()
    {
        var item = Parse("- [ ] A long item that\n  wraps onto a second line\n- [x] Next").Items[0];
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo("A long item that wraps onto a second line"));
            Assert.That(item.Line, Is.EqualTo(1));
        });
    }

    [Test]
    public void Parse_ItemInBlockquote_IsAnItem()
    {
        var item = Parse("Intro\n\n> - [x] Quoted item\n").Items.Single();
        Assert.That((item.Line, item.Text, item.Claim), Is.EqualTo((3, "Quoted item", Claim.Done)));
    }

    [Test]
    public void Parse_BoxesInCodeAndHtml_AreNotItems()
    {
        const string text = "```md\n- [x] in fence\n```\n\n    - [x] indented code\n\n<div>\n- [x] in html\n</div>\n\n<!--\n- [x] in comment\n-->\n\n- [x] real";
        var items = Parse(text).Items;
        Assert.That(items.Select(i => (i.Line, i.Text)), Is.EqualTo(new[] { (15, "real") }));
    }

    [TestCase("- [ ]")]
    [TestCase("- [x]done without a space")]
    [TestCase("-[x] no space after the bullet")]
    [TestCase("- [xx] not a box")]
    public void Parse_NotATaskListBox_IsNoItem(string line)
    {
        Assert.That(Parse(line).Items, Is.Empty);
    }

    [Test]
    public void Parse_HeadingDecorations_AreStrippedFromSection()
    {
        var item = Parse("# \U0001F680 Launch\n## \U0001F512 Security \u2705\n### Setext\n\nTitle\n=====\n\n- [x] a").Items.Single();
        Assert.That(item.Section, Is.EqualTo(new[] { "Title" }), "a setext level-1 heading closes the ATX sections");
        var nested = Parse("# \U0001F680 Launch\n## \U0001F512 Security \u2705\n- [x] a").Items.Single();
        Assert.That(nested.Section, Is.EqualTo(new[] { "Launch", "Security" }));
    }

    private static ChecklistDocument Parse(string text) => ChecklistParser.Parse("CHECKLIST.md", text);
}
