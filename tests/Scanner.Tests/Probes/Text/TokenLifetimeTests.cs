using Scanner.Probes.Text;

namespace Scanner.Tests.Probes.Text;

public sealed class TokenLifetimeTests
{
    [TestCase("timedelta(days=7)", 604800)]
    [TestCase("datetime.timedelta(minutes=30)", 1800)]
    [TestCase("'15m'", 900)]
    [TestCase("\"2h\"", 7200)]
    [TestCase("'7 days'", 604800)]
    [TestCase("3600", 3600)]
    public void Seconds_LiteralLifetime_GivesSeconds(string value, double seconds) =>
        Assert.That(TokenLifetime.Seconds(value), Is.EqualTo(seconds));

    [TestCase("timedelta(minutes=settings.TTL)")]
    [TestCase("process.env.JWT_TTL")]
    [TestCase("ttl * 60")]
    public void Seconds_ComputedLifetime_GivesNone(string value) =>
        Assert.That(TokenLifetime.Seconds(value), Is.Null);
}
