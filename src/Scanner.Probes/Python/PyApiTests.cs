using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// A Python web app has tests that call its HTTP API: Flask's <c>test_client()</c>, FastAPI/Starlette's
/// <c>TestClient</c>, Django's test <c>Client</c>/<c>APIClient</c> or <c>self.client</c>, httpx against the app,
/// or test modules under an <c>integration/</c> or <c>api/</c> folder. No test module at all fails; test modules of
/// no recognised kind leave it undecided.
/// </summary>
public sealed partial class PyApiTests : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var tests = graph.Modules.Where(p => PyPaths.IsTest(p) && !PyPaths.IsSetAside(p) && context.Card.Files.Matches(p)).ToList();
        var found = 0;
        Finding? first = null;
        foreach (var path in tests)
        {
            if (context.Workspace.Read(path) is not { } doc)
            {
                continue;
            }

            var at = ApiFolder().IsMatch(path) ? 0 : PyCode.Matches(doc, HttpDriver(), "client") is [var m, ..] ? m.Index : -1;
            if (at >= 0)
            {
                found++;
                first ??= context.Pass(doc, at, "test calls the HTTP API");
            }
        }

        if (first is not null)
        {
            return [first with { Message = $"{found} test module(s) call the app's HTTP API" }];
        }

        return tests.Count == 0
            ? [context.Missing("the web app has no test modules at all: no test calls its API (searched tests/, test_*.py, *_test.py, tests.py)")]
            : [context.Inconclusive($"{tests.Count} test module(s), none of a recognised API-test kind (test_client, TestClient, Django Client, integration/ or api/ folder)")];
    }

    [GeneratedRegex(@"(?:^|/)(?:integration|api|api_tests|integration_tests)/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ApiFolder();

    [GeneratedRegex(@"\btest_client\s*\(|\bTestClient\s*\(|\bAPIClient\s*\(|\bself\s*\.\s*client\s*\.\s*(?:get|post|put|patch|delete)\s*\(|\bAsyncClient\s*\([^)\n]{0,200}\bapp\b|\bfrom\s+django\.test\s+import\s+[^\n]{0,200}\bClient\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HttpDriverCompiled();
    private static Regex HttpDriver() => LinearRegex.Pick(HttpDriverCompiled());
}
