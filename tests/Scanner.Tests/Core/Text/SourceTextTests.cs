using Scanner.Core.Text;

namespace Scanner.Tests.Core.Text;

public sealed class SourceTextTests
{
    [Test]
    public void LineOf_MixedLineEndings_CountsEachTerminatorOnce()
    {
        var text = new SourceText("a\r\nb\nc\rd");

        Assert.That(text.LineCount, Is.EqualTo(4));
        Assert.That(text.LineOf(text.Text.IndexOf('d')), Is.EqualTo(4));
        Assert.That(text.Line(1).ToString(), Is.EqualTo("a"));
        Assert.That(text.Line(3).ToString(), Is.EqualTo("c"));
    }

    [Test]
    public void ColumnOf_OffsetInLine_IsOneBased()
    {
        var text = new SourceText("first\n  second");

        Assert.That(text.ColumnOf(text.Text.IndexOf('s', 6)), Is.EqualTo(3));
    }

    [Test]
    public void Line_OutOfRange_IsEmpty()
    {
        var text = new SourceText("only\n");

        Assert.That(text.LineCount, Is.EqualTo(1));
        Assert.That(text.Line(5).ToString(), Is.Empty);
    }
}
