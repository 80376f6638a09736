using Scanner.Core.Text;

namespace Scanner.Tests.Core.Text;

public sealed class JsLexerTests
{
    [TestCase("const p = <p>Don't call() here</p>; call();", "call();", RegionKind.Code)]
    [TestCase("const p = <p>Don't call() here</p>; call();", "call() here", RegionKind.String)]
    [TestCase("return (\n  <div className=\"a\">\n    It's {count} item's\n  </div>\n);\nnext();", "next", RegionKind.Code)]
    [TestCase("return (\n  <div className=\"a\">\n    It's {count} item's\n  </div>\n);\nnext();", "count", RegionKind.Code)]
    [TestCase("return <ul>{items.map(i => <li key={i}>{i}'s</li>)}</ul>; after()", "after", RegionKind.Code)]
    [TestCase("return <ul>{items.map(i => <li key={i}>{i}'s</li>)}</ul>; after()", "items.map", RegionKind.Code)]
    [TestCase("const f = <><b title='x'>Hi</b></>; go()", "go", RegionKind.Code)]
    [TestCase("const f = <><b title='x'>Hi</b></>; go()", "Hi", RegionKind.String)]
    [TestCase("const a = <Input value={`${a} it's`} onChange={e => set(e)} />; go()", "set(e)", RegionKind.Code)]
    [TestCase("const a = <Input value={`${a} it's`} onChange={e => set(e)} />; go()", "go", RegionKind.Code)]
    [TestCase("const a = <p>{/* it's hidden */}</p>; go()", "hidden", RegionKind.Comment)]
    [TestCase("const a = cond ? <A/> : <B x=\"1\">y</B>; go()", "go", RegionKind.Code)]
    [TestCase("const f = <T,>(x: T) => x; const s = 'it'; go()", "go", RegionKind.Code)]
    [TestCase("function id<T extends object>(x: T): T { return x } go()", "go", RegionKind.Code)]
    [TestCase("const g = <T extends unknown>(x: T) => x; go('a')", "go", RegionKind.Code)]
    [TestCase("if (a <b) { go() } const s = \"x\"", "go", RegionKind.Code)]
    [TestCase("for (let i = 0; i <n; i++) { go() }", "go", RegionKind.Code)]
    public void KindAt_Jsx_ClassifiesRegion(string source, string needle, RegionKind expected)
    {
        AssertKind(source, "src/view.tsx", needle, expected);
    }

    [TestCase("const n = <number>value; go('x')", "go", RegionKind.Code)]
    [TestCase("const m = new Map<string, Array<number>>(); go()", "go", RegionKind.Code)]
    [TestCase("const c = { port: 1 } satisfies Config; go()", "go", RegionKind.Code)]
    [TestCase("const v = value as unknown as string; go()", "go", RegionKind.Code)]
    [TestCase("@Controller('/users')\nexport class Users { @Get(':id') find() { go() } }", "go", RegionKind.Code)]
    [TestCase("@Controller('/users')\nexport class Users {}", "/users", RegionKind.String)]
    [TestCase("const half = value! / 2; go(); const s = '/'", "go", RegionKind.Code)]
    [TestCase("let i = 0; i++ / 2; go(); x = '/'", "go", RegionKind.Code)]
    [TestCase("type A = Array<string>; const r = x < y; go()", "go", RegionKind.Code)]
    [TestCase("const o = a?.b / 2; go(); s = '/'", "go", RegionKind.Code)]
    public void KindAt_TypeScript_ClassifiesRegion(string source, string needle, RegionKind expected)
    {
        AssertKind(source, "src/service.ts", needle, expected);
    }

    [TestCase("const r = /[/]'\"/g; go()", "go", RegionKind.Code)]
    [TestCase("const r = /[/]'\"/g; go()", "'", RegionKind.String)]
    [TestCase("x = a / b / c; go('/')", "go", RegionKind.Code)]
    [TestCase("return /it's/.test(s) && go()", "go", RegionKind.Code)]
    [TestCase("const t = `a ${`b ${`c ${go()}`}`} d`; after()", "go", RegionKind.Code)]
    [TestCase("const t = `a ${`b ${`c ${go()}`}`} d`; after()", "after", RegionKind.Code)]
    [TestCase("const t = `a ${`b ${`c ${go()}`}`} d`; after()", " d", RegionKind.String)]
    [TestCase("const t = `x ${ { a: '}' }.a } y`; go()", "go", RegionKind.Code)]
    [TestCase("res.on('finish', () => {\n  log(`${req.method} ${req.url} ${res.statusCode}`);\n});\nnext();", "req.method", RegionKind.Code)]
    [TestCase("res.on('finish', () => {\n  log(`${req.method} ${JSON.stringify({ ua: `${h['ua']}` })}`);\n});\nnext();", "next()", RegionKind.Code)]
    [TestCase("res.on('finish', () => {\n  log(`${req.method} ${JSON.stringify({ ua: `${h['ua']}` })}`);\n});\nnext();", "h['ua']", RegionKind.Code)]
    [TestCase("const m = `${a}` + `${b}`; if (x) { go() } y()", "y()", RegionKind.Code)]
    [TestCase("function f() { return `${a}${b}`; }\napp.use(limiter);", "app.use", RegionKind.Code)]
    [TestCase("#!/usr/bin/env node\ngo()", "env", RegionKind.Comment)]
    [TestCase("const s = 'line \\\n continued'; go()", "continued", RegionKind.String)]
    [TestCase("const s = 'line \\\n continued'; go()", "go", RegionKind.Code)]
    [TestCase("a = b\n<c; go(); d = 'x'", "go", RegionKind.Code)]
    public void KindAt_RegexTemplatesAndRecovery_ClassifiesRegion(string source, string needle, RegionKind expected)
    {
        AssertKind(source, "src/util.js", needle, expected);
    }

    [Test]
    public void Lex_TypeAssertionInTs_IsNotJsx()
    {
        const string source = "const el = <HTMLElement>node;\nconst label = 'it';\ngo();";

        AssertKind(source, "src/dom.ts", "go", RegionKind.Code);
        AssertKind(source, "src/dom.ts", "it'", RegionKind.String);
    }

    [Test]
    public void Lex_JsxThatNeverCloses_IsUndoneAndCodeStaysCode()
    {
        const string source = "const ok = items.length <limit ? 'a' : 'b';\nconst x = <div>never closed\nfunction go() { return 1 }\n";

        var map = RegionLexer.Lex(source, Language.JavaScript, "src/a.jsx");

        Assert.That(map.KindAt(source.IndexOf("function", StringComparison.Ordinal)), Is.EqualTo(RegionKind.Code));
        Assert.That(map.KindAt(source.IndexOf("'a'", StringComparison.Ordinal) + 1), Is.EqualTo(RegionKind.String));
    }

    private static void AssertKind(string source, string path, string needle, RegionKind expected)
    {
        var map = RegionLexer.Lex(source, Language.JavaScript, path);
        var at = source.IndexOf(needle, StringComparison.Ordinal);

        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"needle {needle} not in source");
        Assert.That(map.KindAt(at), Is.EqualTo(expected), $"{needle} in {source}");
    }
}
