using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class Seed002Tests
{
    private const string Title = "Production Readiness Checklist";

    private ChecklistDocument _document = null!;

    [SetUp]
    public void Parse() => _document = SharedFiles.ParseSeed("002");

    [Test]
    public void Parse_Seed002_CountsEveryBox()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_document.Count(Claim.Done), Is.EqualTo(14));
            Assert.That(_document.Count(Claim.NotDone), Is.EqualTo(105));
            Assert.That(_document.Items, Has.Count.EqualTo(119));
            Assert.That(_document.Items.All(i => i.Style == ClaimStyle.Checkbox), Is.True);
            Assert.That(_document.Summaries, Is.Empty);
        });
    }

    [TestCase(5, "Dockerfiles for server and client", Claim.Done, new[] { Title, "Already Implemented" })]
    [TestCase(18, "Logging with Morgan", Claim.Done, new[] { Title, "Already Implemented" })]
    [TestCase(23, "ENCRYPTION_KEY not in .env.example - Required for credential encryption", Claim.NotDone, new[] { Title, "Missing for Production", "1. Environment & Configuration" })]
    [TestCase(29, "No migration system - Currently using sync({ alter: true })", Claim.NotDone, new[] { Title, "Missing for Production", "2. Database" })]
    [TestCase(247, "Run all tests", Claim.NotDone, new[] { Title, "Deployment Checklist" })]
    [TestCase(264, "Send deployment notification", Claim.NotDone, new[] { Title, "Post-Deployment" })]
    public void Parse_Seed002Item_HasExactLineTextAndSection(int line, string text, Claim claim, string[] section)
    {
        var item = _document.ItemAt(line);
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo(text));
            Assert.That(item.Claim, Is.EqualTo(claim));
            Assert.That(item.Section, Is.EqualTo(section));
        });
    }

    [Test]
    public void Parse_Seed002CodeBlocksAndNumberedPlan_AreNotItems()
    {
        Assert.That(_document.Items.Where(i => i.Line is > 126 and < 232), Is.Empty);
    }

    [Test]
    public void Parse_Seed002OpenBoxSayingAlreadyImplemented_IsSelfContradiction()
    {
        var contradiction = _document.Contradictions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(contradiction.Line, Is.EqualTo(232));
            Assert.That(contradiction.Text, Is.EqualTo("/health - Basic health check (already implemented)"));
            Assert.That(contradiction.Phrase, Is.EqualTo("already implemented"));
            Assert.That(contradiction.Claimed, Is.EqualTo(Claim.NotDone));
        });
    }
}
