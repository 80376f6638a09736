using Scanner.Core.Secrets;

namespace Scanner.Tests.Core.Secrets;

public sealed class ProviderNamesTests
{
    [TestCase("telegram_api_token", "0320:AReadyScanFakeNotReal_k9Q2w7Zx4TmQ8")]
    [TestCase("TELEGRAM_BOT_TOKEN", "50214:AReadyScanFakeNotReal_k9Q2w7Zx4TmQ8-and-more")]
    [TestCase("AWS_SECRET_ACCESS_KEY", "ReadyScanFakeNotReal+Encrypted/9Qx7Lm2Zw4Tk8Rp3Vn6Hj1Bc5Df==")]
    [TestCase("databricks.token", "dapiReadyScanFakeNotReal9Qx7Lm2Zw4Tk")]
    public void Why_ProviderNameWithoutItsShape_SaysSo(string name, string value)
    {
        Assert.That(ProviderNames.Why(name, value), Does.Contain("not in its format"));
    }

    [TestCase("telegramToken", "91105:AReadyScanFakeNotReal_k9Q2w7Zx4TmQ8")]
    [TestCase("aws_secret_access_key", "ReadyScan/FakeAwsSecret+NotReal/k9Q2w7Zx")]
    [TestCase("TELEGRAM_PASSWORD", "NotReal-Pa55-771")]
    [TestCase("SERVICE_TOKEN", "0320:AReadyScanFakeNotReal_k9Q2w7Zx4TmQ8")]
    public void Why_ShapeMatchesOrNameIsNoProvidersKey_IsNull(string name, string value)
    {
        Assert.That(ProviderNames.Why(name, value), Is.Null);
    }
}
