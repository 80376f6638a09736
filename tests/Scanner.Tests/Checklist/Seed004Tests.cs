using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class Seed004Tests
{
    private const string Title = "Production Readiness Checklist";

    private ChecklistDocument _document = null!;

    [SetUp]
    public void Parse() => _document = SharedFiles.ParseSeed("004");

    [Test]
    public void Parse_Seed004_CountsBoxesAndCriteria()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_document.Count(Claim.NotDone), Is.EqualTo(126));
            Assert.That(_document.Count(Claim.Done), Is.Zero);
            Assert.That(_document.Items.Count(i => i.Style == ClaimStyle.Checkbox), Is.EqualTo(126));
            Assert.That(_document.Items.Count(i => i.IsCriterion), Is.EqualTo(16));
            Assert.That(_document.Items, Has.Count.EqualTo(142));
            Assert.That(_document.Notes, Is.EqualTo(new[] { "repaired mis-decoded text (UTF-8 read as Mac Roman)" }));
        });
    }

    [TestCase(6, "Remove all hardcoded secrets from source code", 0, "Critical Blockers (Must Fix Before Production)", "Security")]
    [TestCase(7, "auth.ts: Remove default secret key", 1, "Critical Blockers (Must Fix Before Production)", "Security")]
    [TestCase(17, "Enable secure cookies (useSecureCookies: true)", 1, "Critical Blockers (Must Fix Before Production)", "Security")]
    [TestCase(82, "Frontend: 80% code coverage", 1, "Medium Priority (Complete Within 1 Month)", "Testing")]
    [TestCase(243, "Page load time < 3 seconds", 0, "Success Metrics", "Performance")]
    [TestCase(280, "Annual penetration testing", 0, "Continuous Improvement", "Ongoing")]
    public void Parse_Seed004Box_HasExactLineTextDepthAndSection(int line, string text, int depth, string section, string subsection)
    {
        var item = _document.ItemAt(line);
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo(text));
            Assert.That(item.Claim, Is.EqualTo(Claim.NotDone));
            Assert.That(item.Depth, Is.EqualTo(depth));
            Assert.That(item.Section, Is.EqualTo(new[] { Title, section, subsection }));
        });
    }

    [TestCase(217, "All hardcoded secrets removed", "\u2705", "Must Have (No-Go if Missing)")]
    [TestCase(224, "Backup strategy in place", "\u2705", "Must Have (No-Go if Missing)")]
    [TestCase(227, "80% test coverage", "\u26A0\uFE0F", "Should Have")]
    [TestCase(233, "A/B testing capability", "\U0001F4A1", "Nice to Have")]
    public void Parse_Seed004GoNoGoMarker_IsCriterionNotClaim(int line, string text, string marker, string subsection)
    {
        var item = _document.ItemAt(line);
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo(text));
            Assert.That(item.IsCriterion, Is.True);
            Assert.That(item.Claim, Is.EqualTo(Claim.NotDone));
            Assert.That(item.Style, Is.EqualTo(ClaimStyle.StatusMarker));
            Assert.That(item.Marker, Is.EqualTo(marker));
            Assert.That(item.Section, Is.EqualTo(new[] { Title, "Go/No-Go Criteria", subsection }));
        });
    }

    [Test]
    public void Parse_Seed004CodeBlocks_AreNotItems()
    {
        Assert.That(_document.Items.Where(i => i.Line is > 126 and < 192), Is.Empty);
    }
}
