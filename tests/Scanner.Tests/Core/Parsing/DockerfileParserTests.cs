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

    [Test]
    public void Parse_ParserDirectives_AreReadOnlyAtTheTop()
    {
        var model = DockerfileParser.Parse(new SourceText("# syntax=docker/dockerfile:1.7\n# check=skip=JSONArgsRecommended\n# escape=`\n\n# escape=\\\nFROM alpine\n"));

        Assert.That(model.Directives["syntax"], Is.EqualTo("docker/dockerfile:1.7"));
        Assert.That(model.Directives["check"], Is.EqualTo("skip=JSONArgsRecommended"));
        Assert.That(model.Directives["escape"], Is.EqualTo("`"));
    }

    [Test]
    public void Parse_DirectiveAfterAComment_IsJustAComment()
    {
        var model = DockerfileParser.Parse(new SourceText("# a note\n# escape=`\nFROM alpine\nRUN echo a \\\n  b\n"));

        Assert.That(model.Directives, Is.Empty);
        Assert.That(model.FinalStage!.Instructions.Single().EndLine, Is.EqualTo(5));
    }

    [Test]
    public void Parse_HeredocBody_IsKeptAsScriptAndSpansTheLines()
    {
        var model = DockerfileParser.Parse(new SourceText("FROM debian\nRUN <<EOF\napt-get update\nUSER root\nEOF\nUSER app\n"));

        var run = model.FinalStage!.Instructions[0];
        Assert.That((run.Line, run.EndLine), Is.EqualTo((2, 5)));
        Assert.That(run.Script, Does.Contain("apt-get update"));
        Assert.That(model.FinalStage.Instructions.Select(i => (i.Keyword, i.Line)), Is.EqualTo(new[] { ("RUN", 2), ("USER", 6) }));
    }

    [Test]
    public void Flags_CopyFromAndChown_AreParsed()
    {
        var model = DockerfileParser.Parse(new SourceText("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM scratch\nCOPY --from=build --chown=10001:10001 /out/app /app\n"));

        var copy = model.FinalStage!.Instructions.Single();
        Assert.That(copy.Flag("from"), Is.EqualTo("build"));
        Assert.That(copy.Flag("chown"), Is.EqualTo("10001:10001"));
        Assert.That(copy.Body, Is.EqualTo("/out/app /app"));
        Assert.That(model.Stages[0].From!.Flag("platform"), Is.EqualTo("$BUILDPLATFORM"));
        Assert.That((model.Stages[0].Base, model.Stages[0].Name), Is.EqualTo(("golang:1.23", "build")));
    }

    [Test]
    public void Variables_ArgAndEnvScopes_FollowBuildKit()
    {
        var model = DockerfileParser.Parse(new SourceText("""
            ARG NODE=20
            ARG UID=10001
            FROM node:${NODE}-alpine AS base
            ENV APP_HOME=/srv/app
            FROM base
            ARG UID
            ARG TOKEN
            ENV RUN_AS="${UID}"
            USER ${RUN_AS:-0}
            """));
        var final = model.FinalStage!;

        var vars = DockerVariables.At(model, final);

        Assert.That(DockerVariables.Expand(model.Stages[0].Base, DockerVariables.Global(model)), Is.EqualTo("node:20-alpine"));
        Assert.That(vars["APP_HOME"], Is.EqualTo("/srv/app"), "ENV carries into a stage built FROM an earlier one");
        Assert.That(vars["RUN_AS"], Is.EqualTo("10001"));
        Assert.That(vars.ContainsKey("NODE"), Is.False, "a global ARG is only visible in a stage that redeclares it");
        Assert.That(vars["TOKEN"], Is.Null);
        Assert.That(DockerVariables.Expand("${TOKEN}", vars), Is.Null);
        Assert.That(DockerVariables.Expand("${TOKEN:-none}-$APP_HOME", vars), Is.EqualTo("none-/srv/app"));
        Assert.That(DockerVariables.Expand(@"\$HOME", vars), Is.EqualTo("$HOME"));
    }

    [Test]
    public void Assignments_LegacyEnvForm_TakesTheRestOfTheLine()
    {
        var model = DockerfileParser.Parse(new SourceText("FROM alpine\nENV GREETING hello world\n"));

        Assert.That(DockerVariables.Assignments(model.FinalStage!.Instructions[0]), Is.EqualTo(new[] { ("GREETING", (string?)"hello world") }));
    }
}
