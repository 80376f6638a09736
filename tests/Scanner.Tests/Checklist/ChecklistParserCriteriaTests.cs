using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserCriteriaTests
{
    [TestCase("## Must Have (No-Go if Missing)")]
    [TestCase("## Go/No-Go Criteria")]
    [TestCase("## Acceptance Requirements")]
    [TestCase("## Definition of Done")]
    [TestCase("## Nice to Have")]
    [TestCase("## Tips")]
    [TestCase("## Performance Targets")]
    public void Parse_MarkerUnderCriteriaHeading_IsCriterion(string heading)
    {
        var item = Parse(heading + "\n- \u2705 HTTPS enabled").Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.IsCriterion, Is.True);
            Assert.That(item.Claim, Is.EqualTo(Claim.NotDone), "a criterion claims nothing, so it can never be a false claim");
            Assert.That(item.Marker, Is.EqualTo("\u2705"));
        });
    }

    [TestCase("## Completed Items")]
    [TestCase("## Already Implemented")]
    [TestCase("## Current Status")]
    [TestCase("## Requirements Status")]
    [TestCase("## Release 1.2")]
    public void Parse_MarkerUnderProgressOrNeutralHeading_IsClaim(string heading)
    {
        var item = Parse(heading + "\n- \u2705 HTTPS enabled").Items.Single();
        Assert.That((item.IsCriterion, item.Claim), Is.EqualTo((false, Claim.Done)));
    }

    [Test]
    public void Parse_InnermostHeadingDecides_CompletedInsideRequirements()
    {
        var items = Parse("# Requirements\n## Completed\n- \u2705 TLS\n## Open\n- \u2705 Backups").Items;
        Assert.That(items.Select(i => (i.Text, i.IsCriterion)), Is.EqualTo(new[] { ("TLS", false), ("Backups", true) }));
    }

    [Test]
    public void Parse_ListLeadIn_DecidesBeforeHeadings()
    {
        var items = Parse("## Release\n\n**Must have:**\n- \u2705 TLS\n\nDone so far:\n- \u2705 Docker").Items;
        Assert.That(items.Select(i => (i.Line, i.IsCriterion)), Is.EqualTo(new[] { (4, true), (7, false) }));
    }

    [Test]
    public void Parse_LabelLineInsideParagraph_LabelsTheLinesAfterIt()
    {
        var items = Parse("\u2705 Docker\n**Must have:**\n\u2705 TLS").Items;
        Assert.That(items.Select(i => (i.Line, i.IsCriterion)), Is.EqualTo(new[] { (1, false), (3, true) }));
    }

    [Test]
    public void Parse_CheckboxUnderCriteriaHeading_StaysAClaim()
    {
        var item = Parse("## Success Criteria\n- [x] Uptime > 99.9%").Items.Single();
        Assert.That((item.IsCriterion, item.Claim), Is.EqualTo((false, Claim.Done)));
    }

    [Test]
    public void Parse_CriterionSayingTodo_IsNoContradiction()
    {
        Assert.That(Parse("## Must Have\n- \u2705 Backups (TODO)").Contradictions, Is.Empty);
    }

    private static ChecklistDocument Parse(string text) => ChecklistParser.Parse("CHECKLIST.md", text);
}
