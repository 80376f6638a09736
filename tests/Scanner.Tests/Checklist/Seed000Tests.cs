using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class Seed000Tests
{
    private ChecklistDocument _document = null!;

    [SetUp]
    public void Parse() => _document = SharedFiles.ParseSeed("000");

    [Test]
    public void Parse_Seed000_CountsEveryBox()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_document.Count(Claim.Done), Is.EqualTo(68));
            Assert.That(_document.Count(Claim.NotDone), Is.EqualTo(31));
            Assert.That(_document.Items, Has.Count.EqualTo(99));
            Assert.That(_document.Items.All(i => i.Style == ClaimStyle.Checkbox), Is.True);
            Assert.That(_document.Notes, Is.Empty);
        });
    }

    [TestCase(4, "Next.js application setup", Claim.Done, "Application Architecture")]
    [TestCase(26, "CDN integration", Claim.NotDone, "Caching & Performance")]
    [TestCase(45, "Structured logging (Pino)", Claim.Done, "Monitoring & Logging")]
    [TestCase(117, "Point-in-time recovery", Claim.NotDone, "Backup & Disaster Recovery")]
    [TestCase(126, "Database indexing", Claim.Done, "Performance Optimization")]
    public void Parse_Seed000Item_HasExactLineTextAndSection(int line, string text, Claim claim, string section)
    {
        var item = _document.ItemAt(line);
        Assert.Multiple(() =>
        {
            Assert.That(item.Text, Is.EqualTo(text));
            Assert.That(item.Claim, Is.EqualTo(claim));
            Assert.That(item.Section, Is.EqualTo(new[] { "Infrastructure Checklist", section }));
            Assert.That(item.Depth, Is.Zero);
            Assert.That(item.File, Does.StartWith("seeds/000_"));
        });
    }

    [Test]
    public void Parse_Seed000SummaryLines_AreStatementsNotItems()
    {
        Assert.That(_document.Items.Any(i => i.Line is >= 128 and <= 148), Is.False, "summary and numbered next-step lines claim nothing");
    }

    [Test]
    public void Parse_Seed000Summary_DisagreesWithTheBoxes()
    {
        var byKind = _document.Summaries.ToDictionary(s => s.Kind);
        Assert.Multiple(() =>
        {
            Assert.That(_document.Summaries, Has.Count.EqualTo(3));
            Assert.That(byKind["completed"], Is.EqualTo(new SummaryStatement(_document.File, 129, "Completed: 48 items", "completed", 48, 68, false)));
            Assert.That(byKind["pending"], Is.EqualTo(new SummaryStatement(_document.File, 130, "Pending: 24 items", "pending", 24, 31, false)));
            Assert.That(byKind["progress-percent"], Is.EqualTo(new SummaryStatement(_document.File, 131, "Overall Progress: 67%", "progress-percent", 67, 69, false)));
        });
    }

    [Test]
    public void Parse_Seed000CheckedNeedsImplementation_IsSelfContradiction()
    {
        Assert.That(_document.Contradictions, Is.EqualTo(new[]
        {
            new SelfContradiction(_document.File, 18, "Database backup strategy (needs implementation)", "needs implementation"),
        }));
    }
}
