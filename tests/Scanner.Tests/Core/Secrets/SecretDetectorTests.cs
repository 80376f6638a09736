using Scanner.Core.Model;
using Scanner.Core.Secrets;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Secrets;

public sealed class SecretDetectorTests
{
    [Test]
    public void Detect_TestModeProviderKey_ReportsAtLowConfidenceWithReason()
    {
        var scan = SecretDetector.Detect("config/billing.yml", "stripe_key: sk_test_ReadyScanFakeNotRealQ0x9Kw2m", Language.Yaml);

        Assert.That(scan.Secrets, Has.Count.EqualTo(1));
        Assert.That(scan.Secrets[0].Confidence, Is.EqualTo(Confidence.Low));
        Assert.That(scan.Secrets[0].Context, Does.Contain("test-mode"));
    }

    [TestCase("src/Config.cs", Language.CSharp, 0)]
    [TestCase("src/config.py", Language.Python, 1)]
    public void Detect_SingleQuotedValue_IsAStringOnlyOutsideTheCFamily(string path, Language language, int count)
    {
        var scan = SecretDetector.Detect(path, "api_key = 'NotReal-Quoted-9Qx7';", language);

        Assert.That(scan.Secrets, Has.Count.EqualTo(count));
    }

    [TestCase("if (\"NotReal-Cmp-9Qx\" === db_pass) {")]
    [TestCase("<serviceToken>\n    ReadyScanFake-Xml-4471\n</serviceToken>")]
    [TestCase("{\"app.env\": \"API_TOKEN=ReadyScanFake9Qx7w\\nLOG_LEVEL=info\"}")]
    public void Detect_ContextForms_FindsTheValue(string text)
    {
        var scan = SecretDetector.Detect("src/settings.txt", text, Language.Other);

        Assert.That(scan.Secrets, Has.Count.EqualTo(1));
    }
}
