using Scanner.Checklist.Claims.Artifacts;

namespace Scanner.Tests.Checklist.Claims.Artifacts;

public sealed class ConfigSettingsTests
{
    [TestCase("**next.config.ts**: Standalone output and security headers")]
    [TestCase("Standalone build configured for the image")]
    [TestCase("`output: 'standalone'` in next.config")]
    public void Named_StandalonePhrase_NamesTheNextSetting(string text) =>
        Assert.That(ConfigSettings.Named(text).Select(s => s.Name), Is.EqualTo(new[] { "output: 'standalone'" }));

    [TestCase("Standalone scripts for data imports")]
    [TestCase("Output caching enabled")]
    [TestCase("Image builds (e.g. standalone output)")]
    public void Named_OtherWordsOrExample_NamesNothing(string text) =>
        Assert.That(ConfigSettings.Named(text), Is.Empty);

    [TestCase("module.exports = { output: 'standalone' };", true)]
    [TestCase("const config = { output : \"standalone\" };", true)]
    [TestCase("const config = { output: 'export' };", false)]
    public void Set_ConfigText_MatchesOnlyTheStandaloneValue(string config, bool set) =>
        Assert.That(ConfigSettings.Named("Standalone output")[0].Set.IsMatch(config), Is.EqualTo(set));
}
