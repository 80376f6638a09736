using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class Seed001Tests
{
    private const string Title = "Production Readiness Checklist";

    private ChecklistDocument _document = null!;

    [SetUp]
    public void Parse() => _document = SharedFiles.ParseSeed("001");

    [Test]
    public void Parse_Seed001_CountsBoxesMarkersAndStatus()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_document.Count(Claim.NotDone), Is.EqualTo(27));
            Assert.That(_document.Count(Claim.Done), Is.EqualTo(4));
            Assert.That(_document.Count(Claim.Partial), Is.EqualTo(1));
            Assert.That(_document.Items, Has.Count.EqualTo(32));
            Assert.That(_document.Items.Count(i => i.Style == ClaimStyle.Checkbox), Is.EqualTo(27));
            Assert.That(_document.Items.Count(i => i.Style == ClaimStyle.StatusMarker), Is.EqualTo(4));
            Assert.That(_document.Contradictions, Is.Empty);
            Assert.That(_document.Summaries, Is.Empty);
        });
    }

    [Test]
    public void Parse_Seed001_RepairsMacRomanMojibake()
    {
        Assert.That(_document.Notes, Is.EqualTo(new[] { "repaired mis-decoded text (UTF-8 read as Mac Roman)" }));
    }

    [TestCase(76, "Profile completion calculation")]
    [TestCase(77, "Role-based dashboard features")]
    [TestCase(78, "User authentication flow")]
    [TestCase(79, "Profile management system")]
    public void Parse_Seed001CompletedItemsMarker_ClaimsDone(int line, string text)
    {
        var item = _document.ItemAt(line);
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo(text));
            Assert.That(item.Claim, Is.EqualTo(Claim.Done));
            Assert.That(item.Style, Is.EqualTo(ClaimStyle.StatusMarker));
            Assert.That(item.Marker, Is.EqualTo("\u2705"));
            Assert.That(item.IsCriterion, Is.False);
            Assert.That(item.Section, Is.EqualTo(new[] { Title, "Completed Items" }));
        });
    }

    [TestCase(26, "Add database indexes for frequently queried fields", "Performance & Optimization", "Database Optimization")]
    [TestCase(41, "Configure proper CORS settings", "Security", "Authentication & Authorization")]
    [TestCase(54, "Set up monitoring and alerting", "Infrastructure", "Environment Configuration")]
    [TestCase(72, "Set up business metrics tracking", "Monitoring & Analytics", "Business Analytics")]
    public void Parse_Seed001Box_HasRepairedSectionWithoutEmoji(int line, string text, string section, string subsection)
    {
        var item = _document.ItemAt(line);
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo(text));
            Assert.That(item.Claim, Is.EqualTo(Claim.NotDone));
            Assert.That(item.Section, Is.EqualTo(new[] { Title, section, subsection }));
        });
    }

    [Test]
    public void Parse_Seed001StatusLine_ClaimsPartialForItsSection()
    {
        var item = _document.ItemAt(8);
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo("Image Upload & Storage"));
            Assert.That(item.Claim, Is.EqualTo(Claim.Partial));
            Assert.That(item.Style, Is.EqualTo(ClaimStyle.StatusLine));
            Assert.That(item.Marker, Is.EqualTo("\u26A0\uFE0F NEEDS ATTENTION"));
            Assert.That(item.Section, Is.EqualTo(new[] { Title, "Critical Items", "Image Upload & Storage" }));
        });
    }

    [Test]
    public void Parse_Seed001DescriptiveBullets_AreNotItems()
    {
        Assert.That(_document.Items.Where(i => i.Line is > 8 and < 26 or > 79), Is.Empty);
    }
}
