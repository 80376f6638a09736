using Scanner.Core.Text;

namespace Scanner.Tests.Core.Text;

public sealed class DurationUnitTests
{
    [TestCase("ms", 0.001)]
    [TestCase("s", 1)]
    [TestCase("secs", 1)]
    [TestCase("minutes", 60)]
    [TestCase("m", 60)]
    [TestCase("Hours", 3600)]
    [TestCase("days", 86400)]
    [TestCase("weeks", 604800)]
    public void Seconds_Unit_GivesSecondsInOne(string unit, double seconds) =>
        Assert.That(DurationUnit.Seconds(unit), Is.EqualTo(seconds));
}
