using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A web app has an end-to-end suite: a Playwright or Cypress config with test files for it. A config with no
/// tests, or nothing at all, fails; packages that serve nothing to a browser are not judged.
/// </summary>
public sealed partial class JsE2eTests : IProbe
{
    private static readonly string[] WebPackages =
    [
        "next", "react", "react-dom", "vue", "svelte", "@sveltejs/kit", "@angular/core", "nuxt", "@remix-run/react", "astro",
        "express", "fastify", "koa", "hono", "@nestjs/core",
    ];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var apps = graph.Manifests.Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path) && WebPackages.Any(m.Declares)).ToList();
        if (apps.Count == 0)
        {
            return [context.NotApplicable("no package serves a web app or HTTP API (Next.js, React, Vue, Express ...)")];
        }

        var files = context.Workspace.Files.Select(f => f.Path).ToList();
        var configs = files.Where(p => Config().IsMatch(p)).ToList();
        var tests = files.Where(p => SuiteFile().IsMatch(p)).ToList();
        if (configs.Count == 0)
        {
            var app = apps[0];
            return [context.AtLine(Outcome.Fail, app.Document!, 1,
                $"{app.Path}: no end-to-end tests (no playwright.config or cypress.config): no test drives the app the way a user does")];
        }

        return [.. configs.Select(config =>
        {
            var folder = RepoPath.DirectoryOf(config);
            var own = tests.Count(t => RepoPath.IsUnder(t, folder));
            var doc = context.Workspace.Read(config);
            var tool = config.Contains("cypress", StringComparison.Ordinal) ? "Cypress" : "Playwright";
            var message = own > 0 ? $"{tool} suite: {own} end-to-end test file(s) beside {config}" : $"{config} exists but there are no {tool} test files for it to run";
            return doc is null
                ? context.AtFile(own > 0 ? Outcome.Pass : Outcome.Fail, config, message)
                : context.AtLine(own > 0 ? Outcome.Pass : Outcome.Fail, doc, 1, message);
        })];
    }

    [GeneratedRegex(@"(?:^|/)(?:playwright|cypress)\.config\.[cm]?[jt]s$", RegexOptions.CultureInvariant)]
    private static partial Regex Config();

    [GeneratedRegex(@"(?:^|/)(?:e2e|playwright|tests?-e2e|cypress/(?:e2e|integration))/(?:[^/]+/)*[^/]+\.(?:spec|test|cy)\.[cm]?[jt]sx?$|\.cy\.[cm]?[jt]sx?$|\.e2e\.[cm]?[jt]sx?$", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SuiteFileCompiled();
    private static Regex SuiteFile() => LinearRegex.Pick(SuiteFileCompiled());
}
