using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserSummaryTests
{
    private const string ThreeBoxes = "- [x] a\n- [x] b\n- [ ] c\n- [ ] d (N/A)\n## Must Have\n- \u2705 criterion\n\n";

    [TestCase("Completed: 2 items", "completed", 2, 2, true)]
    [TestCase("**Done:** 3", "completed", 3, 2, false)]
    [TestCase("Pending: 1", "pending", 1, 1, true)]
    [TestCase("- \u274C Remaining: 4 tasks", "pending", 4, 1, false)]
    [TestCase("Total: 3", "total", 3, 3, true)]
    [TestCase("Total Items: 72", "total", 72, 3, false)]
    [TestCase("Overall Progress: 67%", "progress-percent", 67, 67, true)]
    [TestCase("Progress: 66%", "progress-percent", 66, 67, true)]
    [TestCase("Completion: 66.7%", "progress-percent", 66.7, 66.7, true)]
    [TestCase("Overall Progress: 50%", "progress-percent", 50, 67, false)]
    [TestCase("Progress: 65%", "progress-percent", 65, 67, true)]
    [TestCase("Progress: 70%", "progress-percent", 70, 67, false)]
    [TestCase("Progress: 64%", "progress-percent", 64, 67, false)]
    [TestCase("Completed: 2/3 items", "completed", 2, 2, true)]
    public void Parse_SummaryLine_ComparesWithBoxes(string line, string kind, double stated, double actual, bool agrees)
    {
        var summary = Parse(ThreeBoxes + line).Summaries.Single();
        Assert.That(summary, Is.EqualTo(new SummaryStatement("CHECKLIST.md", 8, ExpectedText(line), kind, stated, actual, agrees)));
    }

    [Test]
    public void Parse_NoCheckboxes_CountsMarkerClaims()
    {
        var summary = Parse("\u2705 a\n\u2705 b\n\u274C c\n\n**Completed:** 2").Summaries.Single();
        Assert.That((summary.Actual, summary.Agrees), Is.EqualTo((2.0, true)));
    }

    [TestCase("Completed the migration: 3 steps")]
    [TestCase("- [x] Completed: 5")]
    [TestCase("Progress: see dashboard")]
    public void Parse_NotASummary_IsIgnored(string line)
    {
        Assert.That(Parse(line).Summaries, Is.Empty);
    }

    private static string ExpectedText(string line) => line switch
    {
        "**Done:** 3" => "Done: 3",
        "- \u274C Remaining: 4 tasks" => "Remaining: 4 tasks",
        _ => line,
    };

    private static ChecklistDocument Parse(string text) => ChecklistParser.Parse("CHECKLIST.md", text);
}
