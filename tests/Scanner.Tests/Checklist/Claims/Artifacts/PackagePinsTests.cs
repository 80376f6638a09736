using Scanner.Checklist.Claims.Artifacts;

namespace Scanner.Tests.Checklist.Claims.Artifacts;

public sealed class PackagePinsTests
{
    [TestCase("==5.11.0", "5.11.0")]
    [TestCase("5.11.0", "5.11.0")]
    [TestCase("\"3.22.4\"", "3.22.4")]
    [TestCase("v1.2.3", "1.2.3")]
    [TestCase(">=5.0", null)]
    [TestCase("^3.22.4", null)]
    [TestCase("~1.2", null)]
    [TestCase("", null)]
    public void Exact_Declaration_GivesPinnedVersionOrNull(string declared, string? expected) =>
        Assert.That(PackagePins.Exact(declared), Is.EqualTo(expected));
}
