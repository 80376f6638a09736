using Scanner.Core.Secrets;

namespace Scanner.Tests.Core.Secrets;

public sealed class TemplateReferenceTests
{
    [TestCase("${DB_PASSWORD}", "${")]
    [TestCase("pre-${DB_PASS:-fallback}-post", "${")]
    [TestCase("{{ .Values.apiKey | quote }}", "{{")]
    [TestCase("$(cat /run/secrets/token)", "$(")]
    [TestCase("%(api_key)s", "%(")]
    [TestCase("#{ENV['PW']}", "#{")]
    [TestCase("<your-api-key>", "<")]
    [TestCase("${DB_PASS:-Fake", "${")]
    public void Find_WellFormedReference_ReturnsItsOpener(string value, string opener)
    {
        Assert.That(TemplateReference.Find(value), Is.EqualTo(opener));
    }

    [TestCase("Fake${9]Not{{x)Real")]
    [TestCase("NotReal>9Qx<7k")]
    [TestCase("ReadyScanFake{{0}Q")]
    [TestCase("Fake$(Pa55[w)")]
    public void Find_RandomBracketsAndDollars_ReturnsNull(string value)
    {
        Assert.That(TemplateReference.Find(value), Is.Null);
    }

    [Test]
    public void Why_TestInsideProviderFormat_KeepsIt()
    {
        Assert.That(Placeholders.Why("sk_test_ReadyScanFakeNotReal0000Qx", generic: false), Is.Null);
        Assert.That(Placeholders.Why("test-password-9Qx", generic: true), Does.Contain("test"));
        Assert.That(Placeholders.Why("acme_test_fa4edec0dec0ffee9e8d7c6b5a4f3e2d1c0", generic: true), Is.Null);
    }
}
