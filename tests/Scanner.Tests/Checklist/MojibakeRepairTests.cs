using System.Text;
using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class MojibakeRepairTests
{
    private static readonly string[] Samples =
    [
        "\u2705 Done, \u274C not done, \u26A0\uFE0F partial",
        "\U0001F6A8 Critical \U0001F4A1 tip \U0001F512 Security \U0001F310 Infrastructure",
        "caf\u00E9 na\u00EFve Gr\u00F6\u00DFe \u00C5ngstr\u00F6m",
        "Price \u20AC10 \u2014 \u201Cquoted\u201D \u2026 \u65E5\u672C\u8A9E",
    ];

    [OneTimeSetUp]
    public void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [TestCase("\u201A\u00FA\u00D6 Done", "\u2705 Done")]
    [TestCase("\u201A\u00F6\u2020\u00D4\u220F\u00E8 NEEDS ATTENTION", "\u26A0\uFE0F NEEDS ATTENTION")]
    [TestCase("## \uF8FF\u00FC\u00F6\u00AE Critical Items", "## \U0001F6A8 Critical Items")]
    [TestCase("- \uF8FF\u00FC\u00ED\u00B0 Tip", "- \U0001F4A1 Tip")]
    [TestCase("\u201A\u00F9\u00E5 Missing", "\u274C Missing")]
    public void Repair_TextReadAsMacRoman_RestoresUtf8(string garbled, string expected)
    {
        var repaired = MojibakeRepair.Repair(garbled, out IReadOnlyList<string> codePages);
        Assert.Multiple(() =>
        {
            Assert.That(repaired, Is.EqualTo(expected));
            Assert.That(codePages, Is.EqualTo(new[] { "Mac Roman" }));
        });
    }

    [TestCase("\u00E2\u0153\u2026 Done", "\u2705 Done")]
    [TestCase("caf\u00C3\u00A9 and na\u00C3\u00AFve", "caf\u00E9 and na\u00EFve")]
    [TestCase("\u00F0\u0178\u0161\u00A8 alert", "\U0001F6A8 alert")]
    [TestCase("it\u00E2\u20AC\u2122s", "it\u2019s")]
    public void Repair_TextReadAsWindows1252_RestoresUtf8(string garbled, string expected)
    {
        var repaired = MojibakeRepair.Repair(garbled, out IReadOnlyList<string> codePages);
        Assert.Multiple(() =>
        {
            Assert.That(repaired, Is.EqualTo(expected));
            Assert.That(codePages, Is.EqualTo(new[] { "Windows-1252" }));
        });
    }

    [TestCase(10000)]
    [TestCase(1252)]
    [TestCase(28591)]
    public void Repair_SamplesGarbledByDotNetCodePage_RoundTrip(int codePage)
    {
        var encoding = Encoding.GetEncoding(codePage);
        foreach (var sample in Samples)
        {
            var garbled = encoding.GetString(Encoding.UTF8.GetBytes(sample));
            Assert.That(garbled, Is.Not.EqualTo(sample), "the sample must really be garbled");
            Assert.That(MojibakeRepair.Repair(garbled, out bool repaired), Is.EqualTo(sample), $"code page {codePage}: {garbled}");
            Assert.That(repaired, Is.True);
        }
    }

    [Test]
    public void Repair_TextGarbledTwice_RepairsBothLayers()
    {
        var once = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("\u2705 done"));
        var twice = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(once));
        Assert.That(MojibakeRepair.Repair(twice, out bool repaired), Is.EqualTo("\u2705 done"));
        Assert.That(repaired, Is.True);
    }

    [TestCase("caf\u00E9, na\u00EFve, Gr\u00F6\u00DFe, \u00C6r\u00F8sk\u00F8bing, \u00DCn\u00EFc\u00F6d\u00E9")]
    [TestCase("\u201C\u00E9cole\u201D, \u00AB d\u00E9j\u00E0 vu \u00BB, \u00BFQu\u00E9?, \u00C7a va")]
    [TestCase("\u00BD \u2265 \u00B1 \u2014 \u2018quotes\u2019 \u2026 \u20AC5 \u00A9 2024")]
    [TestCase("\u2705 done \U0001F6A8 real emoji \u26A0\uFE0F stays")]
    [TestCase("plain ASCII only")]
    [TestCase("")]
    public void Repair_GenuineText_IsUntouched(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(MojibakeRepair.Repair(text, out bool repaired), Is.EqualTo(text));
            Assert.That(repaired, Is.False);
        });
    }

    [Test]
    public void Repair_Multiline_KeepsEveryLineEnd()
    {
        const string garbled = "# T\r\n\r\n- \u201A\u00FA\u00D6 a\n- \u201A\u00F9\u00E5 b\rend";
        var repaired = MojibakeRepair.Repair(garbled, out bool _);
        Assert.That(repaired, Is.EqualTo("# T\r\n\r\n- \u2705 a\n- \u274C b\rend"));
    }

    [TestCase("001")]
    [TestCase("004")]
    public void Repair_SeedWithMojibake_LeavesNoMacRomanEmojiBehind(string seed)
    {
        var text = SharedFiles.ReadSeed(seed, out _);
        var repaired = MojibakeRepair.Repair(text, out bool wasRepaired);
        Assert.Multiple(() =>
        {
            Assert.That(wasRepaired, Is.True);
            Assert.That(repaired, Does.Contain("\u2705"));
            Assert.That(repaired, Does.Not.Contain("\u201A\u00FA\u00D6"));
            Assert.That(repaired, Does.Not.Contain("\uF8FF"));
            Assert.That(repaired.Split('\n'), Has.Length.EqualTo(text.Split('\n').Length));
        });
    }

    [TestCase("000")]
    [TestCase("002")]
    [TestCase("003")]
    public void Repair_CleanSeed_IsUntouched(string seed)
    {
        var text = SharedFiles.ReadSeed(seed, out _);
        Assert.That(MojibakeRepair.Repair(text, out bool repaired), Is.EqualTo(text));
        Assert.That(repaired, Is.False);
    }
}
