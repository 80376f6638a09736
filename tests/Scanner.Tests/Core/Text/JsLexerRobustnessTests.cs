using System.Diagnostics;
using System.Text;
using Scanner.Core.Text;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Text;

public sealed class JsLexerRobustnessTests
{
    private static readonly string[] Extensions = [".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs"];

    [Test]
    public void Lex_EveryScriptUnderFixtures_ReturnsSortedRegionsWithoutThrowing()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Fixtures, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
            .ToList();

        Assert.That(files, Has.Count.GreaterThan(10));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var map = RegionLexer.Lex(text, Language.JavaScript, file);
            AssertWellFormed(map, text.Length, file);
        }
    }

    [TestCase(".js")]
    [TestCase(".tsx")]
    [TestCase(".ts")]
    public void Lex_GeneratedStressFile_FinishesQuicklyWithWellFormedRegions(string extension)
    {
        var text = StressText();
        var clock = Stopwatch.StartNew();

        var map = RegionLexer.Lex(text, Language.JavaScript, "stress" + extension);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), $"{text.Length} chars");
        AssertWellFormed(map, text.Length, "stress" + extension);
    }

    [TestCase("<div>")]
    [TestCase("<a b={")]
    [TestCase("`${")]
    [TestCase("/* ")]
    [TestCase("'")]
    [TestCase("</")]
    [TestCase("<>")]
    [TestCase("x = /[")]
    [TestCase("}}}}{{{`")]
    [TestCase("<T,>")]
    public void Lex_TruncatedInputs_DoNotThrow(string prefix)
    {
        for (var cut = 0; cut <= prefix.Length; cut++)
        {
            var text = "a = " + prefix[..cut];
            Assert.DoesNotThrow(() => RegionLexer.Lex(text, Language.JavaScript, "x.jsx"), text);
        }
    }

    /// <summary>Deep template and JSX nesting, unterminated literals, false JSX starts and a multi-megabyte minified line.</summary>
    private static string StressText()
    {
        var sb = new StringBuilder();
        sb.Append("const t = ").Append(string.Concat(Enumerable.Repeat("`${", 3000))).Append('x').Append(string.Concat(Enumerable.Repeat("}`", 3000))).Append(";\n");
        sb.Append("const j = ").Append(string.Concat(Enumerable.Repeat("<div a={(", 2000))).Append('1').Append(string.Concat(Enumerable.Repeat(")}>it's</div>", 2000))).Append(";\n");
        sb.Append(string.Concat(Enumerable.Repeat("((((", 5000))).Append(string.Concat(Enumerable.Repeat("{[", 5000))).Append('\n');
        sb.Append("const s = 'never closed\nconst u = \"nor this\nconst r = /unclosed regex\n");
        for (var i = 0; i < 300; i++)
        {
            sb.Append("x = a <b").Append(i).Append(" ? c : d; ");
            sb.Append("y = <span>unclosed ").Append(i).Append(' ');
        }

        sb.Append('\n');
        for (var i = 0; i < 40000; i++)
        {
            sb.Append("var a").Append(i).Append("=b/c/d?/re[/]x/g.test(`t${i}`):'q\\'s';function f(){return<i>{'x'}</i>}");
        }

        sb.Append("\n/* unterminated comment ` ' \"");
        return sb.ToString();
    }

    private static void AssertWellFormed(RegionMap map, int length, string what)
    {
        var previousEnd = 0;
        foreach (var region in map.Regions)
        {
            Assert.That(region.Start, Is.GreaterThanOrEqualTo(previousEnd), $"{what}: regions overlap or are unsorted at {region.Start}");
            Assert.That(region.End, Is.LessThanOrEqualTo(length), what);
            previousEnd = region.End;
        }
    }
}
