using Scanner.Core.Secrets;

namespace Scanner.Tests.Core.Secrets;

public sealed class ValueShapeTests
{
    [TestCase("Fake9-abcdefghijklmnop-Qx7", true)]
    [TestCase("ReadyScanFake-0123456789-Qx7wZk2mB4", false)]
    [TestCase("NotReal9Qx7wZk2mB4c6", false)]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAReadyScanFake0NotReal9Qx7wZk2mB4c6e8G0i2K4", false)]
    [TestCase("ReadyScanFake0NotReal9Qx7w-########", true)]
    public void IsRepetitive_LongAscendingRunInsideLongerValue_IsFiller(string value, bool filler)
    {
        Assert.That(ValueShape.IsRepetitive(value), Is.EqualTo(filler));
    }

    [TestCase("settings.db.password", true)]
    [TestCase("oauth2.clientSecret", true)]
    [TestCase("sat.fake9k2q7x4w1z.notreal8m3p6r0t5v", false)]
    public void IsDottedReference_GeneratedSegments_IsNotAReference(string value, bool reference)
    {
        Assert.That(ValueShape.IsDottedReference(value), Is.EqualTo(reference));
    }

    [TestCase("publicToken")]
    [TestCase("STRIPE_PUBLISHABLE_KEY")]
    public void Why_PublicName_SaysItIsNotACredential(string name)
    {
        Assert.That(NameHints.Why(name), Does.Contain("not a credential"));
    }
}
