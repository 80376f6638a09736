using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class Seed003Tests
{
    private const string Title = "Production Deployment Checklist";

    private ChecklistDocument _document = null!;

    [SetUp]
    public void Parse() => _document = SharedFiles.ParseSeed("003");

    [Test]
    public void Parse_Seed003_CountsEveryBox()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_document.Count(Claim.NotDone), Is.EqualTo(172));
            Assert.That(_document.Items, Has.Count.EqualTo(172));
            Assert.That(_document.Items.All(i => i.Style == ClaimStyle.Checkbox), Is.True);
            Assert.That(_document.Contradictions, Is.Empty);
            Assert.That(_document.Notes, Is.Empty);
        });
    }

    [TestCase(8, "All required environment variables are set", "Pre-Deployment Checklist", "Environment Configuration")]
    [TestCase(80, "/api/health endpoint is responding", "Production Monitoring Checklist", "Health Checks")]
    [TestCase(185, "GDPR compliance is ensured (if applicable)", "Compliance Checklist", "Data Privacy")]
    [TestCase(246, "Uptime > 99.9%", "Success Criteria", "Performance Targets")]
    [TestCase(261, "Health checks passing", "Success Criteria", "Monitoring Targets")]
    public void Parse_Seed003Item_HasExactLineTextAndSection(int line, string text, string section, string subsection)
    {
        var item = _document.ItemAt(line);
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo(text));
            Assert.That(item.Claim, Is.EqualTo(Claim.NotDone), "'if applicable' is a condition, not N/A");
            Assert.That(item.IsCriterion, Is.False, "a box under a criteria heading still claims");
            Assert.That(item.Section, Is.EqualTo(new[] { Title, section, subsection }));
        });
    }

    [Test]
    public void Parse_Seed003ContactList_IsNotItems()
    {
        Assert.That(_document.Items.Where(i => i.Line > 261), Is.Empty);
    }
}
