using Scanner.Core.Secrets;

namespace Scanner.Tests.Core.Secrets;

public sealed class NameHintsTests
{
    [TestCase("invalidToken", "invalid")]
    [TestCase("FAKE_API_KEY", "fake")]
    [TestCase("wrong-password", "wrong")]
    [TestCase("nonMatchingSecret", "nonmatching")]
    [TestCase("notValidApiKey", "notvalid")]
    [TestCase("expired_access_token", "expired")]
    public void Why_NameCallsTheValueAStandIn_SaysSo(string name, string word)
    {
        Assert.That(NameHints.Why(name), Does.Contain($"'{word}'").And.Contain("stand-in"));
    }

    [TestCase("NON_PROD_API_KEY")]
    [TestCase("notificationToken")]
    [TestCase("badgeSecret")]
    [TestCase("mockingbird_password")]
    [TestCase("EXAMPLESERVICE_TOKEN")]
    public void Why_StandInLettersInsideOtherWords_IsNull(string name)
    {
        Assert.That(NameHints.Why(name), Is.Null);
    }
}
