using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Each app package has a test runner (vitest, jest, mocha, playwright, cypress, ava, node --test) wired to its
/// <c>test</c> script and test files for it to run. npm's placeholder script, or a runner with no test files, fails.
/// </summary>
public sealed partial class JsTestsExist : IProbe
{
    private static readonly HashSet<string> Runners = new(StringComparer.Ordinal)
    {
        "vitest", "jest", "mocha", "ava", "@playwright/test", "cypress", "tap", "uvu", "jasmine", "@japa/runner", "node:test",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var manifest in graph.Manifests.Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path) && (m.Dependencies.Count > 0 || m.Scripts.Count > 0)))
        {
            var doc = manifest.Document!;
            var script = manifest.Scripts.GetValueOrDefault("test");
            var runner = manifest.Dependencies.FirstOrDefault(Runners.Contains) ?? (script is not null && NodeTest().IsMatch(script) ? "node --test" : null);
            var scriptLine = script is null ? 1 : doc.Text.LineOf(Math.Max(0, doc.Content.IndexOf("\"test\"", StringComparison.Ordinal)));
            var tests = graph.Modules.Where(d => RepoPath.IsUnder(d.Path, manifest.Directory) && IsTestFile(d.Path) && graph.ManifestOf(d.Path) == manifest).ToList();
            if (script is not null && Placeholder().IsMatch(script))
            {
                findings.Add(context.AtLine(Outcome.Fail, doc, scriptLine, "the test script is npm's placeholder (\"no test specified\"): nothing is tested"));
            }
            else if (runner is null && script is null)
            {
                findings.Add(context.AtLine(Outcome.Fail, doc, 1, $"{manifest.Path} has no test script and no test runner"));
            }
            else if (tests.Count == 0)
            {
                findings.Add(context.AtLine(Outcome.Fail, doc, scriptLine, $"{runner ?? "the test script"} is configured but there are no test files (*.test.*, *.spec.*, __tests__/)"));
            }
            else
            {
                var first = tests[0];
                var at = JsCode.Matches(first, TestCall(), "(") is [var call, ..] ? call.Index : 0;
                findings.Add(context.Pass(first, at, $"{tests.Count} test file(s) for {runner ?? script}"));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no package.json with dependencies or scripts")];
    }

    private static bool IsTestFile(string path) =>
        CodeKinds.IsTest(path) && !path.Contains(".config.", StringComparison.Ordinal) && !path.Contains(".setup.", StringComparison.Ordinal) &&
        !path.Contains(".stories.", StringComparison.Ordinal);

    [GeneratedRegex(@"no test specified", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\bnode\b[^&|;]*--test\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex NodeTestCompiled();
    private static Regex NodeTest() => LinearRegex.Pick(NodeTestCompiled());

    [GeneratedRegex(@"\b(?:test|it|describe|suite)\s*(?:\.\s*\w+\s*)?\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TestCallCompiled();
    private static Regex TestCall() => LinearRegex.Pick(TestCallCompiled());
}
