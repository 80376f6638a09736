using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Probes.Text;

namespace Scanner.Tests.Probes.Text;

public sealed class LinesWithTests
{
    private static readonly Regex Call = new(@"(?<![\w.])\b(?:\w+\.)*validate[ \t]*\(", RegexOptions.CultureInvariant);

    private static readonly SearchValues<string> Valid = SearchValues.Create(["valid"], StringComparison.Ordinal);

    [TestCase("x = a.b.validate(1)\ny = validate (2); z.validate(3)\n")]
    [TestCase("no call here\n\nform.validate(\n")]
    [TestCase("validate(")]
    [TestCase("a.validate(1) b.validate(2)")]
    [TestCase("invalid\nx.validate(\r\ny.validate(")]
    public void Matches_PatternWithinLines_FindsWhatTheWholeTextSearchFinds(string text)
    {
        var whole = Call.Matches(text).Select(m => (m.Index, m.Value));

        Assert.That(LinesWith.Matches(text, Call, Valid).Select(m => (m.Index, m.Value)), Is.EqualTo(whole));
    }
}
