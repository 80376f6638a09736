using System.Diagnostics;
using System.Text;
using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserPerformanceTests
{
    [OneTimeSetUp]
    public void WarmUp() => ChecklistParser.Parse("warm-up.md", Generate(200));

    // Speed is measured by the benchmark script, not by wall-clock asserts on a shared machine; the time is printed
    // for the log, and CancelAfter only guards against a hang (a quadratic regression on 100,000 lines still trips it).
    [TestCase(10_000)]
    [TestCase(100_000)]
    [CancelAfter(120_000)]
    public void Parse_GeneratedChecklist_IsExact(int lines)
    {
        var text = Generate(lines);
        var stopwatch = Stopwatch.StartNew();
        var document = ChecklistParser.Parse("BIG.md", text);
        stopwatch.Stop();
        TestContext.Out.WriteLine($"{lines} lines parsed in {stopwatch.ElapsedMilliseconds} ms");

        var expected = Expected(lines);
        Assert.Multiple(() =>
        {
            Assert.That(document.Items, Has.Count.EqualTo(expected.Count));
            Assert.That(document.Items.Count(i => i.Claim == Claim.Done), Is.EqualTo(expected.Count(e => e.Done)));
            Assert.That(document.Items[^1].Line, Is.EqualTo(expected[^1].Line));
            Assert.That(document.Items[^1].Text, Is.EqualTo($"Task {expected[^1].Line} with code and a link"));
            Assert.That(document.Summaries.Single().Agrees, Is.False);
        });
    }

    /// <summary>Every 25th line a heading, every 7th a nested item, every 3rd item checked, one summary at the top.</summary>
    private static string Generate(int lines)
    {
        var builder = new StringBuilder("Completed: 1 items\n");
        for (var line = 2; line <= lines; line++)
        {
            if (line % 25 == 0)
            {
                builder.Append("## Section ").Append(line).Append('\n');
                continue;
            }

            builder.Append(line % 7 == 0 ? "  - [" : "- [").Append(line % 3 == 0 ? 'x' : ' ').Append("] Task ").Append(line)
                .Append(" with `code` and a [link](https://example.com)\n");
        }

        return builder.ToString();
    }

    private static List<(int Line, bool Done)> Expected(int lines) =>
        Enumerable.Range(2, lines - 1).Where(l => l % 25 != 0).Select(l => (l, l % 3 == 0)).ToList();
}
