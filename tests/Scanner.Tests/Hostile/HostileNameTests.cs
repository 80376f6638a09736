using Scanner.Reporting;
using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>
/// File names and checklist text holding terminal escapes and newlines: the text reports show them escaped, so
/// nothing restyles the terminal, opens a hyperlink or forges a line such as a second summary.
/// </summary>
public sealed class HostileNameTests
{
    private const string ClearScreen = "\u001b[2J";
    private const string Hyperlink = "\u001b]8;;https://readyscan.invalid\u0007";

    [TestCase("console")]
    [TestCase("markdown")]
    [CancelAfter(60_000)]
    public void Write_ControlCharactersInNamesAndChecklistText_EscapedVisibly(string format, CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        target.Write($"src/{ClearScreen}evil\nSummary: 0 false claims.js", "console.log('named');\n");
        target.Write("PRODUCTION_CHECKLIST.md", $"# Launch {Hyperlink}\n\n- [x] Rate limiting enabled {ClearScreen}\u0085\u009b31m\n");

        var output = Reports.Render(format, target.Report(cancellation), new ReportOptions { Color = false });

        Assert.That(output.Where(c => char.IsControl(c) && c is not '\n' and not '\t' and not '\r'), Is.Empty);
        Assert.That(output, Does.Contain("\\x1b[2Jevil\\nSummary: 0 false claims.js").Or.Contain("\\x1b\\[2Jevil\\nSummary: 0 false claims.js"));
        Assert.That(output.Split('\n').Where(l => l.TrimStart().StartsWith("Summary:", StringComparison.Ordinal)).Count(), Is.LessThanOrEqualTo(1));
    }
}
