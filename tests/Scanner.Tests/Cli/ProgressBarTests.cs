using Scanner.Cli;

namespace Scanner.Tests.Cli;

public sealed class ProgressBarTests
{
    [TestCase(0, 98, "[..............................] 0/98 probes")]
    [TestCase(49, 98, "[###############...............] 49/98 probes")]
    [TestCase(98, 98, "[##############################] 98/98 probes")]
    public void Render_DoneOfTotal_FillsInProportion(int done, int total, string expected)
    {
        Assert.That(ProgressBar.Render([("probes", done, total)]), Is.EqualTo(expected));
    }

    [Test]
    public void Render_SecondCounter_FollowsTheBarAsNumbers()
    {
        Assert.That(ProgressBar.Render([("probes", 49, 98), ("commits", 120, 800)]),
            Is.EqualTo("[###############...............] 49/98 probes · 120/800 commits"));
    }

    [Test]
    public void Dispose_AfterDrawing_ErasesTheLineItDrew()
    {
        var error = new StringWriter();
        using (var bar = new ProgressBar(error))
        {
            bar.Report("probes", 1, 2);
            bar.Report("probes", 2, 2);
        }

        var text = error.ToString();
        Assert.That(text, Does.StartWith("\r[###############...............] 1/2 probes"));
        Assert.That(text, Does.Contain("\r[##############################] 2/2 probes"), "the last step is always drawn");
        Assert.That(text, Does.EndWith("\r" + new string(' ', "[##############################] 2/2 probes".Length) + "\r"));
    }

    [Test]
    public void Wanted_QuietOrVerbose_IsFalse()
    {
        Assert.That(ProgressBar.Wanted(quiet: true, verbose: false), Is.False);
        Assert.That(ProgressBar.Wanted(quiet: false, verbose: true), Is.False);
    }
}
