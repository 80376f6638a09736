using Scanner.Core.Parsing.Docker;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Parsing;

public sealed class DockerfileParserTests
{
    [Test]
    public void Parse_MultiStageWithContinuationsAndHeredoc_KeepsExactLines()
    {
        var text = new SourceText("""
            ARG BASE=node:20
            FROM --platform=linux/amd64 ${BASE} AS build
            RUN npm ci \
                # a comment inside a continuation
                && npm run build
            RUN <<EOF
            USER root
            EOF
            FROM build
            USER app
            """);

        var model = DockerfileParser.Parse(text);

        Assert.That(model.GlobalArgs.Single().Arguments, Is.EqualTo("BASE=node:20"));
        Assert.That(model.Stages.Select(s => (s.Base, s.Name, s.Line)), Is.EqualTo(new[] { ("${BASE}", "build", 2), ("build", (string?)null, 9) }));
        var run = model.Stages[0].Instructions[0];
        Assert.That((run.Keyword, run.Line, run.EndLine), Is.EqualTo(("RUN", 3, 5)));
        Assert.That(run.Arguments, Does.Contain("npm ci").And.Contain("npm run build").And.Not.Contain("comment"));
        Assert.That(model.Stages[0].Instructions.Select(i => i.Keyword), Is.EqualTo(new[] { "RUN", "RUN" }));
        Assert.That(model.FinalStage!.Instructions.Single().Line, Is.EqualTo(10));
    }

    [Test]
    public void Parse_EscapeDirective_UsesBacktickContinuation()
    {
        var model = DockerfileParser.Parse(new SourceText("# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  c:\\\nUSER ContainerUser\n"));

        Assert.That(model.FinalStage!.Instructions.Select(i => (i.Keyword, i.Line)), Is.EqualTo(new[] { ("RUN", 3), ("USER", 5) }));
    }

    [Test]
    public void Parse_Garbage_DoesNotThrow()
    {
        Assert.DoesNotThrow(() => DockerfileParser.Parse(new SourceText("\\\n\\\n<<\nFROM\n<<EOF\n")));
    }
}
