using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class CodeSpansTests
{
    [TestCase("use `helmet` and `cors`", new[] { "helmet", "cors" })]
    [TestCase("a ``code with ` tick`` here", new[] { "code with ` tick" })]
    [TestCase("unclosed `tick here", new string[0])]
    [TestCase("mismatched ``run` here", new string[0])]
    [TestCase("`` `` empty", new string[0])]
    public void In_Line_ReadsSpansAsCommonMarkDoes(string raw, string[] expected)
    {
        Assert.That(CodeSpans.In(raw), Is.EqualTo(expected));
    }

    [Test]
    public void In_ChecklistItem_KeepsItsCodeSpans()
    {
        var item = ChecklistParser.Parse("L.md", "- [x] Limit with `express-rate-limit`\n").Items.Single();

        Assert.That(item.CodeSpans, Is.EqualTo(new[] { "express-rate-limit" }));
    }
}
