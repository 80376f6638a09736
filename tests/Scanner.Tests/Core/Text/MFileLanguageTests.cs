using Scanner.Core.Text;

namespace Scanner.Tests.Core.Text;

public sealed class MFileLanguageTests
{
    [TestCase("#import \"Config.h\"\nstatic NSString *key = @\"x\";\n")]
    [TestCase("api_key = 'x';\n")]
    public void Refine_MFileWithoutMatlabSigns_IsTheCFamily(string text)
    {
        Assert.That(MFileLanguage.Refine("src/Config.m", text, Language.Other), Is.EqualTo(Language.CSharp));
    }

    [TestCase("% load the settings\npassword = 'x';\n")]
    [TestCase("function out = settings()\n  out = 'x';\nend\n")]
    public void Refine_MatlabFile_StaysAsDetected(string text)
    {
        Assert.That(MFileLanguage.Refine("analysis/settings.m", text, Language.Other), Is.EqualTo(Language.Other));
    }

    [Test]
    public void Refine_OtherExtension_StaysAsDetected()
    {
        Assert.That(MFileLanguage.Refine("notes/settings.txt", "api_key = 'x';", Language.Other), Is.EqualTo(Language.Other));
    }
}
