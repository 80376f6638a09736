using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript;

namespace Scanner.Tests.Probes.JavaScript;

public sealed class FallbackOperandsTests
{
    // The shape FallbackOperands is written for: JsAuthSecretNoFallback's fallback-to-a-name pattern.
    private static readonly Regex Fallback = new(@"(?<left>[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*(?:\|\||\?\?)\s*(?<name>[A-Za-z_$][\w$]*)\b", RegexOptions.CultureInvariant);

    [TestCase("const k = config.jwtSecret || FALLBACK;")]
    [TestCase("a || b || c ?? d")]
    [TestCase("x.y\n  . z ?? w\n")]
    [TestCase("f(a) || (b) || c; d ||| e; g ?? h.i")]
    [TestCase("// old || comment\nconst s = 'a || b' || env.SECRET_FALLBACK;")]
    [TestCase("é.ñ || ü$x; q ??\n\t r")]
    [TestCase("a||b||c||d")]
    [TestCase("|| ?? a ||")]
    public void Matches_AnyText_FindsWhatTheWholeTextSearchFinds(string source)
    {
        var doc = new SourceDocument("src/app.js", source);
        var whole = Fallback.Matches(source).Where(m => doc.Regions.KindAt(m.Index) == RegionKind.Code).Select(m => (m.Index, m.Value));

        Assert.That(FallbackOperands.Matches(doc, Fallback).Select(m => (m.Index, m.Value)), Is.EqualTo(whole));
    }
}
