using Scanner.Core.Secrets;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Secrets;

public sealed class RedactorTests
{
    [Test]
    public void Redact_ProviderToken_ShowsFormatPrefixAndLength()
    {
        Assert.That(Redactor.Redact("AKIAREADYSCANFAKEKEY", 4), Is.EqualTo("AKIA…(20 chars)"));
    }

    [Test]
    public void Redact_ShortValue_ShowsNothingOfIt()
    {
        Assert.That(Redactor.Redact("hunter22x", 4), Is.EqualTo("…(9 chars)"));
    }

    [TestCase("key = 'AKIAREADYSCANFAKEKEY'", "AKIAREADYSCANFAKEKEY")]
    [TestCase("password: \"Tr0ub4dor-fixture-9\"", "Tr0ub4dor-fixture-9")]
    [TestCase("JWT_SECRET=rs-fixture-9f8e7d6c5b4a3210", "rs-fixture-9f8e7d6c5b4a3210")]
    [TestCase("url = 'postgres://app:Fixture-Pa55word@db:5432/x'", "Fixture-Pa55word")]
    public void Scrub_LineWithSecret_RemovesTheValue(string line, string secret)
    {
        var scrubbed = Redactor.Scrub(line, Language.Env);

        Assert.That(scrubbed, Does.Not.Contain(secret));
        Assert.That(scrubbed, Does.Contain("chars)"));
    }
}
