using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserControlTagTests
{
    [TestCase("- [x] Rate limiting <!-- readyscan: rate-limiting -->", "rate-limiting")]
    [TestCase("- [x] Rate limiting <!--readyscan:Rate-Limiting-->", "rate-limiting")]
    [TestCase("- \u2705 Rate limiting <!-- readyscan: js.rate_limit -->", "js.rate_limit")]
    [TestCase("- [x] Rate limiting <!-- readyscan:ignore js-no-console-log -- demo -->", null)]
    [TestCase("- [x] Rate limiting <!-- readyscan:ignore -->", null)]
    [TestCase("- [x] Rate limiting <!-- just a comment -->", null)]
    public void Parse_HtmlCommentTag_IsControlTag(string line, string? tag)
    {
        var item = Parse(line).Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.ControlTag, Is.EqualTo(tag));
            Assert.That(item.Text, Is.EqualTo("Rate limiting"));
        });
    }

    [Test]
    public void Parse_TagOnAnotherLine_StaysOnItsLine()
    {
        var items = Parse("- [x] CSRF <!-- readyscan: csrf -->\n- [ ] CORS\n\n<!-- readyscan: orphan -->\n- [ ] HSTS").Items;
        Assert.That(items.Select(i => i.ControlTag), Is.EqualTo(new[] { "csrf", null, null }));
    }

    [Test]
    public void Parse_TagOnWrappedLineOfItem_BelongsToItem()
    {
        var item = Parse("- [x] CSRF protection for\n  every form <!-- readyscan: csrf -->").Items.Single();
        Assert.That((item.Line, item.ControlTag), Is.EqualTo((1, "csrf")));
    }

    private static ChecklistDocument Parse(string text) => ChecklistParser.Parse("CHECKLIST.md", text);
}
