using System.Text;
using Scanner.Core.Secrets;

namespace Scanner.Tests.Core.Secrets;

public sealed class MacaroonTests
{
    private const string Identifier = "00000000-0000-4000-8000-readyscanfak";

    [Test]
    public void IsCutShort_HeaderIntactCaveatCut_IsTrue()
    {
        var token = Token([.. Header(), 0, 2, 0x30, .. Encoding.ASCII.GetBytes("[1,[\"cut here")]);

        Assert.That(Macaroon.IsCutShort(token), Is.True);
    }

    [Test]
    public void IsCutShort_EndsWithSignature_IsFalse()
    {
        var token = Token([.. Header(), 0, 0, 6, 32, .. Encoding.ASCII.GetBytes("ReadyScanFakeSignatureNotReal!!!")]);

        Assert.That(Macaroon.IsCutShort(token), Is.False);
    }

    [TestCase("pypi-AgEIcHlwaS5vcmcReadyScanFakeNotRealYyQxbR7rCprw40P3rNup7RhtF4zCwbE6d")]
    [TestCase("pypi-AgEIcHlwaS5vcmc0123456789abcdef0123456789abcdef0123456789abcdef01234567")]
    public void IsCutShort_BodyIsNoMacaroonHeader_IsFalse(string token)
    {
        Assert.That(Macaroon.IsCutShort(token), Is.False);
    }

    private static byte[] Header() =>
        [2, 1, 8, .. Encoding.ASCII.GetBytes("pypi.org"), 2, (byte)Identifier.Length, .. Encoding.ASCII.GetBytes(Identifier)];

    private static string Token(byte[] data) => "pypi-" + Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
