using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserMarkerTests
{
    [TestCase("\u2705", Claim.Done)]
    [TestCase("\u2714", Claim.Done)]
    [TestCase("\u2714\uFE0F", Claim.Done)]
    [TestCase("\u2611", Claim.Done)]
    [TestCase("\u2611\uFE0F", Claim.Done)]
    [TestCase("\u2713", Claim.Done)]
    [TestCase("\U0001F7E2", Claim.Done)]
    [TestCase("\u274C", Claim.NotDone)]
    [TestCase("\u2717", Claim.NotDone)]
    [TestCase("\u2718", Claim.NotDone)]
    [TestCase("\U0001F534", Claim.NotDone)]
    [TestCase("\u26A0\uFE0F", Claim.Partial)]
    [TestCase("\u26A0", Claim.Partial)]
    [TestCase("\u23F3", Claim.Partial)]
    [TestCase("\U0001F7E1", Claim.Partial)]
    [TestCase("\U0001F6A7", Claim.Partial)]
    public void Parse_MarkerOnListItemOrLine_Claims(string marker, Claim claim)
    {
        var document = Parse($"## Work\n\n- {marker} Rate limiting\n\n{marker} **Backups**\n");
        Assert.That(document.Items.Select(i => (i.Line, i.Text, i.Claim, i.Style, i.Marker, i.IsCriterion)), Is.EqualTo(new[]
        {
            (3, "Rate limiting", claim, ClaimStyle.StatusMarker, marker, false),
            (5, "Backups", claim, ClaimStyle.StatusMarker, marker, false),
        }));
    }

    [Test]
    public void Parse_ParagraphOfMarkerLines_GivesOneItemPerLine()
    {
        var items = Parse("Progress:\n\u2705 Docker\n\u274C CDN\n\u26A0\uFE0F Monitoring").Items;
        Assert.That(items.Select(i => (i.Line, i.Text, i.Claim)), Is.EqualTo(new[]
        {
            (2, "Docker", Claim.Done), (3, "CDN", Claim.NotDone), (4, "Monitoring", Claim.Partial),
        }));
    }

    [TestCase("\U0001F6A8 Do not deploy on Fridays")]
    [TestCase("\U0001F4DD Keep this file updated")]
    [TestCase("- \U0001F6A8 Critical: rotate keys")]
    [TestCase("\u2705")]
    public void Parse_NoteMarkersAndBareMarkers_AreNoItems(string line)
    {
        Assert.That(Parse(line).Items, Is.Empty);
    }

    [Test]
    public void Parse_TipMarker_IsCriterionEvenUnderCompleted()
    {
        var item = Parse("## Completed\n- \U0001F4A1 Consider feature flags").Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.IsCriterion, Is.True);
            Assert.That(item.Claim, Is.EqualTo(Claim.NotDone));
            Assert.That(item.Text, Is.EqualTo("Consider feature flags"));
        });
    }

    [TestCase("- ~~Use MongoDB~~", Claim.NotApplicable, ClaimStyle.Strikethrough, "Use MongoDB")]
    [TestCase("- [ ] ~~Support IE11~~", Claim.NotApplicable, ClaimStyle.Strikethrough, "Support IE11")]
    [TestCase("- [x] ~~Finished and struck~~", Claim.Done, ClaimStyle.Checkbox, "Finished and struck")]
    [TestCase("- [ ] Use ~~MySQL~~ Postgres", Claim.NotDone, ClaimStyle.Checkbox, "Use MySQL Postgres")]
    [TestCase("- \u274C ~~Kafka~~", Claim.NotApplicable, ClaimStyle.Strikethrough, "Kafka")]
    public void Parse_StrikeThrough_WholeItemIsDropped(string line, Claim claim, ClaimStyle style, string text)
    {
        var item = Parse(line).Items.Single();
        Assert.That((item.Claim, item.Style, item.Text), Is.EqualTo((claim, style, text)));
    }

    [TestCase("- [ ] Two-factor auth (N/A)", Claim.NotApplicable)]
    [TestCase("- [x] Cookie banner - n/a", Claim.NotApplicable)]
    [TestCase("- SMS alerts: N/A", Claim.NotApplicable)]
    [TestCase("- [ ] Not applicable: mobile app signing", Claim.NotApplicable)]
    [TestCase("- [ ] Mobile push does not apply to this service", Claim.NotApplicable)]
    [TestCase("- [ ] CDN is configured (if applicable)", Claim.NotDone)]
    [TestCase("- [ ] CDN (N/A if hosted on Vercel)", Claim.NotDone)]
    public void Parse_NotApplicableText_ClaimsNotApplicable(string line, Claim claim)
    {
        var item = Parse(line).Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.Claim, Is.EqualTo(claim));
            Assert.That(item.Style, Is.EqualTo(claim == Claim.NotApplicable ? ClaimStyle.Text : ClaimStyle.Checkbox));
        });
    }

    [TestCase("- Database migrations: Done", "Database migrations", Claim.Done)]
    [TestCase("- Backups - Not started", "Backups", Claim.NotDone)]
    [TestCase("- **Load testing**: in progress", "Load testing", Claim.Partial)]
    public void Parse_SubjectWithStatusValue_ClaimsAsText(string line, string text, Claim claim)
    {
        var item = Parse(line).Items.Single();
        Assert.That((item.Text, item.Claim, item.Style), Is.EqualTo((text, claim, ClaimStyle.Text)));
    }

    [TestCase("- **Priority**: High")]
    [TestCase("- Lead Developer: [Name] - [Email]")]
    [TestCase("- Debug mode: no")]
    [TestCase("- Plain bullet with no claim")]
    public void Parse_PlainBullet_IsNoItem(string line)
    {
        Assert.That(Parse(line).Items, Is.Empty);
    }

    private static ChecklistDocument Parse(string text) => ChecklistParser.Parse("CHECKLIST.md", text);
}
