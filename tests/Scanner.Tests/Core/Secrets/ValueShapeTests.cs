using Scanner.Core.Secrets;

namespace Scanner.Tests.Core.Secrets;

public sealed class ValueShapeTests
{
    [TestCase("Fake9-abcdefghijklmnop-Qx7", true)]
    [TestCase("ReadyScanFake-0123456789-Qx7wZk2mB4", false)]
    [TestCase("NotReal9Qx7wZk2mB4c6", false)]
    public void IsRepetitive_LongAscendingRunInsideLongerValue_IsFiller(string value, bool filler)
    {
        Assert.That(ValueShape.IsRepetitive(value), Is.EqualTo(filler));
    }

    [TestCase("publicToken")]
    [TestCase("STRIPE_PUBLISHABLE_KEY")]
    public void Why_PublicName_SaysItIsNotACredential(string name)
    {
        Assert.That(NameHints.Why(name), Does.Contain("not a credential"));
    }
}
