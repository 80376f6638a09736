using Scanner.Checklist.Claims;

namespace Scanner.Tests.Checklist.Claims;

public sealed class QuantitiesTests
{
    [TestCase("Rate limiting (100 requests per 15 minutes)", 100, 900)]
    [TestCase("Login limited to 5 attempts/minute", 5, 60)]
    [TestCase("Throttle at 100/15min", 100, 900)]
    [TestCase("1,000 req per hour", 1000, 3600)]
    [TestCase("5 login attempts per 15 min", 5, 900)]
    public void In_RateWording_GivesAmountPerSeconds(string text, double amount, double seconds)
    {
        var rate = Quantities.In(text).Single(q => q.IsRate);

        Assert.That((rate.Amount, rate.Seconds), Is.EqualTo(((double?)amount, (double?)seconds)));
    }

    [TestCase("10MB upload limit", 10 * 1024 * 1024)]
    [TestCase("File upload size limits (5 MB)", 5 * 1024 * 1024)]
    [TestCase("Body limited to 512kb", 512 * 1024)]
    public void In_SizeWording_GivesBytes(string text, double bytes) =>
        Assert.That(Quantities.In(text).Single(q => q.IsSize).Bytes, Is.EqualTo(bytes));

    [TestCase("Password strength validation (12+ chars, complexity)", 12)]
    [TestCase("Passwords of at least 8 characters", 8)]
    [TestCase("A 10-character minimum for passwords", 10)]
    [TestCase("Minimum password length of 14", 14)]
    public void In_LengthWording_GivesCharacters(string text, int characters) =>
        Assert.That(Quantities.In(text).First(q => q.IsLength).Characters, Is.EqualTo(characters));

    [TestCase("JWT Access Tokens | 30-minute expiration", 1800)]
    [TestCase("Refresh tokens live 7 days", 604800)]
    [TestCase("Token expiration (1 hour)", 3600)]
    public void In_DurationWording_GivesLifetimeSeconds(string text, double seconds) =>
        Assert.That(Quantities.In(text).Single(q => q.IsLifetime).Lifetime, Is.EqualTo(seconds));

    [TestCase("Open 24/7 support")]
    [TestCase("Deploys at 5 am")]
    [TestCase("Node.js 20 LTS")]
    public void In_NoStatedQuantity_GivesNone(string text) =>
        Assert.That(Quantities.In(text), Is.Empty);

    [TestCase(10485760, 10000000, true)]
    [TestCase(1048576, 10485760, false)]
    public void Same_NumbersWithinFivePercent_AreTheSameClaim(double a, double b, bool same) =>
        Assert.That(Quantities.Same(a, b), Is.EqualTo(same));
}
