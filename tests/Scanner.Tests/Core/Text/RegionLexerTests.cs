using Scanner.Core.Text;

namespace Scanner.Tests.Core.Text;

public sealed class RegionLexerTests
{
    [TestCase("// console.log(x)\ncall();", "console", RegionKind.Comment)]
    [TestCase("/* a\n console.log(x) */ call();", "console", RegionKind.Comment)]
    [TestCase("const s = 'console.log(x)';", "console", RegionKind.String)]
    [TestCase("const s = \"say \\\" console\";", "console", RegionKind.String)]
    [TestCase("const t = `a ${b} console`;", "console", RegionKind.String)]
    [TestCase("const t = `a ${ console.log(1) } b`;", "console", RegionKind.Code)]
    [TestCase("const t = `x ${ {a: 1}.a } console`;", "console", RegionKind.String)]
    [TestCase("const r = /console\\.log/g; console.log(1)", "console.log(1)", RegionKind.Code)]
    [TestCase("const r = /console\\.log/g;", "console", RegionKind.String)]
    [TestCase("const half = a / 2; console.log(half / 3)", "console", RegionKind.Code)]
    [TestCase("const s = 'unterminated\nconsole.log(1)", "console", RegionKind.Code)]
    public void KindAt_JavaScript_ClassifiesRegion(string source, string needle, RegionKind expected)
    {
        var map = RegionLexer.Lex(source, Language.JavaScript);

        Assert.That(map.KindAt(source.IndexOf(needle, StringComparison.Ordinal)), Is.EqualTo(expected));
    }

    [TestCase("x = 1  # print(x)", "print", RegionKind.Comment)]
    [TestCase("s = '''\nprint(x)\n'''\nprint(y)", "print(x)", RegionKind.String)]
    [TestCase("s = '''\nprint(x)\n'''\nprint(y)", "print(y)", RegionKind.Code)]
    [TestCase("s = f\"{x} print\"", "print", RegionKind.String)]
    [TestCase("s = 'it\\'s' # print", "print", RegionKind.Comment)]
    [TestCase("s = f\"{x[\"a\"]} print\"", "print", RegionKind.String)]
    [TestCase("s = f\"{x[\"a\"]}\"; print(y)", "print", RegionKind.Code)]
    [TestCase("s = f'{d[\"k\"]!r:>{width}} print'", "print", RegionKind.String)]
    [TestCase("s = f\"{{\"; print(y)", "print", RegionKind.Code)]
    [TestCase("s = f\"{{print}}\"", "print", RegionKind.String)]
    [TestCase("s = rb'\\x00'; print(y)", "print", RegionKind.Code)]
    [TestCase("s = rb'print'", "rb'", RegionKind.String)]
    [TestCase("s = Rb'x' + fR'{y}' + u'print'", "print", RegionKind.String)]
    [TestCase("s = r\"\\\"\"; print(y)", "print", RegionKind.Code)]
    [TestCase("if\"x\" in y: print(y)", "print", RegionKind.Code)]
    [TestCase("if\"x\" in y: print(y)", "if", RegionKind.Code)]
    [TestCase("s = \"\"\"a \\\"\"\" print\"\"\"", "print", RegionKind.String)]
    [TestCase("s = \"\"\"a \\\"\"\" b\"\"\"; print(y)", "print", RegionKind.Code)]
    [TestCase("s = f'''{x}\n'''\nprint(y)", "print", RegionKind.Code)]
    [TestCase("s = f'''\n{x}\nprint'''", "print", RegionKind.String)]
    [TestCase("s = f\"{x\nprint(y)", "print", RegionKind.Code)]
    [TestCase("s = t\"{x} print\"", "print", RegionKind.String)]
    public void KindAt_Python_ClassifiesRegion(string source, string needle, RegionKind expected)
    {
        var map = RegionLexer.Lex(source, Language.Python);

        Assert.That(map.KindAt(source.IndexOf(needle, StringComparison.Ordinal)), Is.EqualTo(expected));
    }

    [TestCase("var s = @\"a \"\" Console\";", "Console", RegionKind.String)]
    [TestCase("var s = \"\"\"\n Console \"\n \"\"\"; Console.WriteLine();", "Console.W", RegionKind.Code)]
    [TestCase("var s = $\"{x} Console\";", "Console", RegionKind.String)]
    public void KindAt_CSharp_ClassifiesRegion(string source, string needle, RegionKind expected)
    {
        var map = RegionLexer.Lex(source, Language.CSharp);

        Assert.That(map.KindAt(source.IndexOf(needle, StringComparison.Ordinal)), Is.EqualTo(expected));
    }

    [TestCase("key: value # note", "note", Language.Yaml, RegionKind.Comment)]
    [TestCase("url: http://x/#anchor", "anchor", Language.Yaml, RegionKind.Code)]
    [TestCase("msg: don't # stop", "stop", Language.Yaml, RegionKind.Comment)]
    [TestCase("# USER root\nUSER app", "USER app", Language.Dockerfile, RegionKind.Code)]
    [TestCase("KEY=value # comment", "comment", Language.Env, RegionKind.Comment)]
    [TestCase("Prose console.log\n```js\nconsole.log(1)\n```\n", "console.log(1)", Language.Markdown, RegionKind.Code)]
    [TestCase("Prose console.log\n```js\nconsole.log(1)\n```\n", "console.log\n", Language.Markdown, RegionKind.Comment)]
    public void KindAt_HashAndMarkdownLanguages_ClassifiesRegion(string source, string needle, Language language, RegionKind expected)
    {
        var map = RegionLexer.Lex(source, language);

        Assert.That(map.KindAt(source.IndexOf(needle, StringComparison.Ordinal)), Is.EqualTo(expected));
    }

    [Test]
    public void Lex_PathologicalInput_ReturnsWithoutThrowing()
    {
        var nested = string.Concat(Enumerable.Repeat("`${", 5000)) + string.Concat(Enumerable.Repeat("}`", 5000));
        var junk = new string('/', 10000) + new string('"', 9999) + new string('\'', 9999) + "/*";

        Assert.DoesNotThrow(() => RegionLexer.Lex(nested, Language.JavaScript));
        Assert.DoesNotThrow(() => RegionLexer.Lex(junk, Language.JavaScript));
        Assert.DoesNotThrow(() => RegionLexer.Lex(junk, Language.Python));
        Assert.DoesNotThrow(() => RegionLexer.Lex(string.Concat(Enumerable.Repeat("f\"{", 100000)), Language.Python));
        Assert.DoesNotThrow(() => RegionLexer.Lex(junk, Language.CSharp));
    }
}
