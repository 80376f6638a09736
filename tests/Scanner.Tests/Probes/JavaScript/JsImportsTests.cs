using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript;

namespace Scanner.Tests.Probes.JavaScript;

public sealed class JsImportsTests
{
    [Test]
    public void Of_EveryImportForm_GivesSpecifierBindingsAndTypeOnly()
    {
        const string source = """
            import express, { Router as R, type Request } from 'express';
            import * as Sentry from '@sentry/node';
            import type { Config } from './config';
            import './polyfills';
            export * from './routes';
            export { a } from "./a.js";
            const { limit: rl, other } = require('./limiter');
            const helmet = require('helmet');
            const lazy = await import('./lazy');
            // import fake from 'commented-out';
            const s = "require('in-a-string')";
            """;

        var imports = JsImports.Of(new SourceDocument("src/app.ts", source));

        Assert.That(imports.Select(i => i.Specifier), Is.EqualTo(new[]
        {
            "express", "@sentry/node", "./config", "./polyfills", "./routes", "./a.js", "./limiter", "helmet", "./lazy",
        }));
        Assert.That(imports[0].Bindings, Is.EqualTo(new[] { "express", "R" }));
        Assert.That(imports[1].LocalName, Is.EqualTo("Sentry"));
        Assert.That(imports[2].TypeOnly, Is.True);
        Assert.That(imports[6].Names, Is.EqualTo(new[] { "rl", "other" }));
        Assert.That(imports[7].LocalName, Is.EqualTo("helmet"));
    }

    [TestCase("@scope/pkg/sub/path", "@scope/pkg")]
    [TestCase("pkg/sub", "pkg")]
    [TestCase("node:crypto", "crypto")]
    public void PackageOf_Specifier_IsTheBarePackage(string specifier, string expected)
    {
        Assert.That(JsImports.PackageOf(specifier), Is.EqualTo(expected));
    }
}
