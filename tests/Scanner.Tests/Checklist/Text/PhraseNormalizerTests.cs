using Scanner.Checklist.Text;

namespace Scanner.Tests.Checklist.Text;

public sealed class PhraseNormalizerTests
{
    [TestCase("Security Headers", "security-header")]
    [TestCase("Rate limiting", "rate-limit")]
    [TestCase("**Add** `X-Frame-Options`!", "add x_frame option")]
    [TestCase("Password policies", "password policy")]
    [TestCase("Secure cookies", "secure cookie")]
    [TestCase("HTTP-only cookies", "http only cookie")]
    [TestCase("Logging with Morgan", "log with morgan")]
    [TestCase("caching", "cache")]
    [TestCase("Database indexes", "database indexing")]
    [TestCase("Input validation", "input validated")]
    [TestCase("configured", "configure")]
    [TestCase("API keys", "api key")]
    [TestCase("Migrations are applied", "migrate are apply")]
    [TestCase("Let's Encrypt", "lets encrypt")]
    public void Tokenize_VariantsOfOnePhrase_Agree(string text, string variant)
    {
        Assert.That(PhraseNormalizer.Tokenize(text), Is.EqualTo(PhraseNormalizer.Tokenize(variant)));
    }

    [TestCase("headers", "header")]
    [TestCase("limiting", "limit")]
    [TestCase("logging", "log")]
    [TestCase("installed", "install")]
    [TestCase("policies", "polici")]
    [TestCase("authorization", "authoriz")]
    public void Tokenize_SingleWord_Stems(string word, string stem)
    {
        Assert.That(PhraseNormalizer.Tokenize(word), Is.EqualTo(new[] { stem }));
    }

    [TestCase("validation", "valid")]
    [TestCase("https", "http")]
    [TestCase("alerting", "alert()")]
    [TestCase("secrets", "secretary")]
    public void Tokenize_DifferentWords_StayApart(string text, string other)
    {
        Assert.That(PhraseNormalizer.Tokenize(text), Is.Not.EqualTo(PhraseNormalizer.Tokenize(other)));
    }

    [Test]
    public void Tokenize_CallSyntax_KeepsCodeNameApartFromProse()
    {
        Assert.That(PhraseNormalizer.Tokenize("Remove all `alert()` calls"), Is.EqualTo(new[] { "remov", "all", "alert()", "call" }));
    }

    [Test]
    public void Tokenize_Url_IsSkipped()
    {
        Assert.That(PhraseNormalizer.Tokenize("See [docs](https://example.com/x) now"), Is.EqualTo(new[] { "see", "doc", "now" }));
    }

    [Test]
    public void Tokenize_EmojiAndSymbols_AreSeparators()
    {
        Assert.That(PhraseNormalizer.Tokenize("✅ 2FA 🎉 → done"), Is.EqualTo(new[] { "2fa", "don" }));
    }
}
