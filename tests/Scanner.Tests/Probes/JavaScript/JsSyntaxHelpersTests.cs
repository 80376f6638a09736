using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.JavaScript;

public sealed class JsSyntaxHelpersTests
{
    [Test]
    public void Arguments_NestedCallsStringsAndComments_SplitAtTopLevelCommasOnly()
    {
        var doc = new SourceDocument("a.js", "app.use('/a, b', fn(1, 2), { x: [3, 4] } /* , */, `t${f(5, 6)}`)");

        var args = JsCode.Arguments(doc, doc.Content.IndexOf('(', StringComparison.Ordinal)).Select(a => doc.Content[a.Start..a.End].Trim());

        Assert.That(args, Is.EqualTo(new[] { "'/a, b'", "fn(1, 2)", "{ x: [3, 4] } /* , */", "`t${f(5, 6)}`" }));
    }

    [TestCase("{ origin: process.env.CORS_ORIGIN || '*', credentials: true }", "origin", "process.env.CORS_ORIGIN || '*'")]
    [TestCase("{ 'origin': ['https://a', 'https://b'] }", "origin", "['https://a', 'https://b']")]
    [TestCase("{ credentials: true }", "origin", null)]
    [TestCase("{ myorigin: 1, origin: 'x' }", "origin", "'x'")]
    public void Value_ObjectLiteral_ReadsTheProperty(string text, string key, string? expected)
    {
        Assert.That(JsProperty.Value(text, key), Is.EqualTo(expected));
    }

    [TestCase("'100kb'", 102400d)]
    [TestCase("\"50mb\"", 52428800d)]
    [TestCase("5 * 1024 * 1024", 5242880d)]
    [TestCase("1_048_576", 1048576d)]
    [TestCase("Infinity", double.PositiveInfinity)]
    [TestCase("config.limit", null)]
    public void Bytes_SizeLiteral_IsParsed(string limit, double? expected)
    {
        Assert.That(JsBodySizeLimited.Bytes(limit), Is.EqualTo(expected));
    }

    [Test]
    public void Coverage_MiddlewareBetweenRoutes_CoversOnlyLaterRoutesUnderItsPath()
    {
        using var tree = new TempTree();
        tree.Write("server.js", """
            const express = require('express');
            const app = express();
            app.get('/early', h);
            app.use('/api', limiter);
            app.use('/api/orders', orders);
            app.post('/login', h);
            app.use(limiter);
            app.get('/late', h);
            """);
        var graph = ModuleGraph.For(Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent));
        var calls = ExpressRoutes.In(graph, graph.Module("server.js")!);

        var scoped = ExpressRoutes.Coverage(calls, calls.Single(c => c is { Method: "use", Path: "/api" }));
        var global = ExpressRoutes.Coverage(calls, calls.Last(c => c is { Method: "use", Path: null }));

        Assert.That(scoped.Covered.Select(r => r.Path), Is.EqualTo(new[] { "/api/orders" }));
        Assert.That(scoped.Uncovered, Is.Empty);
        Assert.That(global.Covered.Select(r => r.Path), Is.EqualTo(new[] { "/late" }));
        Assert.That(global.Uncovered.Select(r => r.Path), Is.EqualTo(new[] { "/early", "/api/orders", "/login" }));
    }
}
