using System.Diagnostics;
using System.Text.RegularExpressions;
using Scanner.Core.Secrets;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Text;

public sealed class LinearRegexTests
{
    [TestCase(@"\b(?<value>ghp_[A-Za-z0-9]{36})\b", false)]
    [TestCase(@"(?:a|b)?c{2,5}[*+]\*\+", false)]
    [TestCase(@"x{3}y{1,2}", false)]
    [TestCase(@"a*", true)]
    [TestCase(@"(?:ab)+", true)]
    [TestCase(@"[A-Z]{40,}", true)]
    [TestCase(@"a+?", true)]
    [TestCase(@"[]*]x", false)]
    public void HasUnboundedRepetition_Pattern_IsDetected(string pattern, bool expected)
    {
        Assert.That(LinearRegex.HasUnboundedRepetition(pattern), Is.EqualTo(expected));
    }

    [Test]
    public void Build_BoundedPattern_UsesTheInterpreter()
    {
        var regex = LinearRegex.Build(@"\bAKIA[0-9A-Z]{16}\b", RegexOptions.CultureInvariant);

        Assert.That(regex.Options.HasFlag(RegexOptions.NonBacktracking), Is.False);
    }

    [Test]
    public void Build_UnboundedPattern_UsesNonBacktracking()
    {
        var regex = LinearRegex.Build(@"password\s*=\s*(?<value>\S+)", RegexOptions.CultureInvariant);

        Assert.That(regex.Options.HasFlag(RegexOptions.NonBacktracking), Is.True);
    }

    [Test]
    public void Pick_OutsideSafeMode_ReturnsTheCompiledPattern()
    {
        var compiled = new Regex(@"a\s*b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        Assert.That(LinearRegex.Pick(compiled), Is.SameAs(compiled));
    }

    [Test]
    public void Pick_InSafeMode_ReturnsOneNonBacktrackingTwinWithTheSameMatches()
    {
        var compiled = new Regex(@"(?<k>\w+)\s*=\s*(?<v>\w+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        var (first, second) = LinearRegex.InSafeMode(() => (LinearRegex.Pick(compiled), LinearRegex.Pick(compiled)));

        Assert.That(first.Options.HasFlag(RegexOptions.NonBacktracking), Is.True);
        Assert.That(second, Is.SameAs(first));
        Assert.That(first.Match("x  a = b").Groups["v"].Value, Is.EqualTo(compiled.Match("x  a = b").Groups["v"].Value));
        Assert.That(LinearRegex.Pick(compiled), Is.SameAs(compiled), "safe mode ends with the call");
    }

    [Test]
    public void Pick_SafeModeOnALookbehind_KeepsTheCompiledPatternInsteadOfThrowing()
    {
        var compiled = new Regex(@"(?<![\w.])log\w*\(", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        var picked = LinearRegex.InSafeMode(() => LinearRegex.Pick(compiled));

        Assert.That(picked, Is.SameAs(compiled), "the non-backtracking engine cannot express a lookbehind");
        Assert.That(picked.Match("x = log_it(1)").Value, Is.EqualTo("log_it("));
    }

    [Test]
    public void Build_EverySecretKind_FindsTheSameMatchesAsNonBacktracking()
    {
        foreach (var kind in SecretKindCatalog.All)
        {
            var reference = new Regex(kind.Pattern.ToString(), kind.Pattern.Options | RegexOptions.NonBacktracking);
            foreach (var sample in kind.TrueSamples.Concat(kind.FalseSamples))
            {
                var expected = reference.Matches(sample).Select(m => (m.Index, m.Length, m.Groups["value"].Value));
                var actual = kind.Pattern.Matches(sample).Select(m => (m.Index, m.Length, m.Groups["value"].Value));
                Assert.That(actual, Is.EqualTo(expected), $"{kind.Id}: {sample}");
            }
        }
    }

    [Test]
    public void Build_BoundedPatternOnALongHostileLine_StaysLinear()
    {
        var regex = LinearRegex.Build(@"\b(?<value>AKIA[0-9A-Z]{16})\b", RegexOptions.CultureInvariant);
        var text = string.Concat(Enumerable.Repeat("AKIA0123456789ABCDE", 100_000));

        var watch = Stopwatch.StartNew();
        var found = regex.IsMatch(text);

        Assert.That(found, Is.False);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "hang guard: bounded work per start position");
    }
}
