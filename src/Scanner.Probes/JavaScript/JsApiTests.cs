using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Each package that serves HTTP (Express, Fastify, Koa, Hono, NestJS, Next.js) has tests that call its API: supertest
/// or <c>app.inject</c>, Nest's testing module, a Next route-handler harness, or test files kept under an
/// <c>integration/</c> or <c>api/</c> test folder. No test file at all fails; test files of no recognised kind
/// leave it undecided, since an API test can be written in ways this probe does not know.
/// </summary>
public sealed partial class JsApiTests : IProbe
{
    private static readonly string[] HttpPackages = ["express", "fastify", "koa", "hono", "@nestjs/core", "@hapi/hapi", "restify", "next"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var apps = graph.Manifests.Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path) && HttpPackages.Any(m.Declares)).ToList();
        if (apps.Count == 0)
        {
            return [context.NotApplicable("no package serves HTTP (Express, Fastify, Koa, Hono, NestJS, Next.js)")];
        }

        var findings = new List<Finding>();
        foreach (var app in apps)
        {
            var tests = graph.Modules.Where(d => CodeKinds.IsTest(d.Path) && !d.Path.Contains(".config.", StringComparison.Ordinal) && graph.ManifestOf(d.Path) == app).ToList();
            var api = tests.Select(d => (Doc: d, At: ApiTestAt(d))).FirstOrDefault(t => t.At >= 0);
            if (api.Doc is not null)
            {
                var count = tests.Count(d => ApiTestAt(d) >= 0);
                findings.Add(context.Pass(api.Doc, api.At, $"{count} test file(s) call the HTTP API of {app.Path}"));
            }
            else if (tests.Count == 0)
            {
                findings.Add(context.AtLine(Outcome.Fail, app.Document!, 1, $"{app.Path} serves HTTP but has no test files at all: no test calls its API"));
            }
            else
            {
                findings.Add(context.AtLine(Outcome.Inconclusive, app.Document!, 1,
                    $"{tests.Count} test file(s) for {app.Path}, none of a recognised API-test kind (supertest, inject, integration/ or api/ folder)"));
            }
        }

        return findings;
    }

    /// <summary>Where a test file shows it drives the HTTP API, or -1.</summary>
    private static int ApiTestAt(SourceDocument doc)
    {
        if (ApiFolder().IsMatch(doc.Path))
        {
            return 0;
        }

        var m = JsCode.Matches(doc, HttpDriver(), "(");
        return m.Count > 0 ? m[0].Index : -1;
    }

    [GeneratedRegex(@"(?:^|/)(?:integration|api|api-tests|integration-tests)/|\.(?:integration|int|api)\.(?:test|spec)\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ApiFolder();

    // supertest's request(app), app.inject(...), Nest's Test.createTestingModule, next-test-api-route-handler, node-mocks-http.
    [GeneratedRegex(@"\brequire\s*\(\s*['""](?:supertest|light-my-request|next-test-api-route-handler|node-mocks-http|@nestjs/testing)['""]|\bfrom\s+['""](?:supertest|light-my-request|next-test-api-route-handler|node-mocks-http|@nestjs/testing)['""]|\.\s*inject\s*\(\s*\{|\btestApiHandler\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HttpDriverCompiled();
    private static Regex HttpDriver() => LinearRegex.Pick(HttpDriverCompiled());
}
