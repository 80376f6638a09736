using Scanner.Core.Secrets;

namespace Scanner.Tests.Core.Secrets;

public sealed class Base64TextTests
{
    [TestCase("UmVhZHlTY2FuRmFrZTlReDd3")]
    [TestCase("Tm90UmVhbC1LOHMtNDQ3MQ==")]
    public void Why_DecodesToGeneratedText_KeepsIt(string value)
    {
        Assert.That(Base64Text.Why(value), Is.Null);
    }

    [TestCase("Y2hhbmdlbWUtcGxlYXNl", "stand-in")]
    [TestCase("YWRtaW4=", "too little")]
    [TestCase("frontend", "does not decode")]
    [TestCase("mysecret1", "does not decode")]
    public void Why_PlaceholderShortOrNotText_SaysWhy(string value, string reason)
    {
        Assert.That(Base64Text.Why(value), Does.Contain(reason));
    }
}
