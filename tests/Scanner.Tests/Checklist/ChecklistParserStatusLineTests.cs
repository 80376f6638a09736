using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserStatusLineTests
{
    [TestCase("**Status:** \u2705 Complete", Claim.Done)]
    [TestCase("Status: Not started", Claim.NotDone)]
    [TestCase("Status: In progress", Claim.Partial)]
    [TestCase("**Status**: \u26A0\uFE0F **NEEDS ATTENTION**", Claim.Partial)]
    [TestCase("Current status - partially done", Claim.Partial)]
    [TestCase("Status: not complete", Claim.NotDone)]
    [TestCase("Status: N/A", Claim.NotApplicable)]
    [TestCase("- Status: Done", Claim.Done)]
    public void Parse_StatusLineUnderHeading_ClaimsForTheSection(string line, Claim claim)
    {
        var item = Parse($"# Plan\n\n### Caching\n{line}\n- Owner: ops\n").Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo("Caching"));
            Assert.That(item.Claim, Is.EqualTo(claim));
            Assert.That(item.Style, Is.EqualTo(ClaimStyle.StatusLine));
            Assert.That(item.Line, Is.EqualTo(4));
            Assert.That(item.Section, Is.EqualTo(new[] { "Plan", "Caching" }));
        });
    }

    [Test]
    public void Parse_StatusBulletUnderPlainItem_ClaimsForTheItem()
    {
        var item = Parse("## Security\n- **Rate limiting** <!-- readyscan: rate-limiting -->\n  - Status: In progress\n  - Owner: api team").Items.Single();
        Assert.That((item.Line, item.Text, item.Claim, item.Depth, item.ControlTag), Is.EqualTo((3, "Rate limiting", Claim.Partial, 0, "rate-limiting")));
    }

    [Test]
    public void Parse_StatusContinuationLineInItem_ClaimsForTheItem()
    {
        var item = Parse("1. **CSRF protection**\n   **Status:** \u2705 Done\n").Items.Single();
        Assert.That((item.Line, item.Text, item.Claim), Is.EqualTo((2, "CSRF protection", Claim.Done)));
    }

    [Test]
    public void Parse_StatusUnderCheckbox_BoxWins()
    {
        var item = Parse("- [ ] Caching\n  - Status: Done").Items.Single();
        Assert.That((item.Line, item.Claim, item.Style), Is.EqualTo((1, Claim.NotDone, ClaimStyle.Checkbox)));
    }

    [Test]
    public void Parse_StatusWithoutHeading_UsesItsOwnText()
    {
        var item = Parse("Status: Done").Items.Single();
        Assert.That((item.Line, item.Text, item.Claim), Is.EqualTo((1, "Status: Done", Claim.Done)));
    }

    [TestCase("Status: see below")]
    [TestCase("Statuspage integration")]
    [TestCase("The status: unclear")]
    public void Parse_UnreadableOrNonStatusLine_IsNoItem(string line)
    {
        Assert.That(Parse("## Section\n" + line).Items, Is.Empty);
    }

    private static ChecklistDocument Parse(string text) => ChecklistParser.Parse("CHECKLIST.md", text);
}
