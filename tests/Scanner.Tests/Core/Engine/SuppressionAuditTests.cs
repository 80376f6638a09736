using Scanner.Core.Engine;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Engine;

public sealed class SuppressionAuditTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [TestCase(" js-no-console-log -- kept for the CLI banner", null)]
    [TestCase(" js-no-console-log until 2027-01-31 -- migration in progress", null)]
    [TestCase(" js-no-consol-log -- typo", "the ignore marker names 'js-no-consol-log', which no probe has")]
    [TestCase(" js-no-console-log", "the ignore marker for js-no-console-log has no '-- reason'")]
    [TestCase(" js-no-console-log -- */", "the ignore marker for js-no-console-log has no '-- reason'")]
    [TestCase(" js-no-console-log until 2026-12-06 -- old", "the ignore marker for js-no-console-log expired on 2026-12-06")]
    [TestCase(" js-no-console-log until someday -- old", "the ignore marker for js-no-console-log has until 'someday', not a date")]
    [TestCase(" <probe-id> -- <reason>", null)]
    [TestCase("\" (a string literal, not a marker)", null)]
    public void Problem_Marker_SaysWhatIsWrong(string rest, string? expected)
    {
        var problem = SuppressionAudit.Problem(rest, Scans.DefaultCatalog, Today);

        if (expected is null)
        {
            Assert.That(problem, Is.Null);
        }
        else
        {
            Assert.That(problem, Does.StartWith(expected));
        }
    }
}
