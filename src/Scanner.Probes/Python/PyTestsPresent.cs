using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// A Python app has tests: pytest/unittest test functions (<c>def test_</c>) in test modules (tests/, test_*.py,
/// *_test.py, Django's tests.py). Test modules with no test function do not count.
/// </summary>
public sealed partial class PyTestsPresent : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.Modules.Any(PyPaths.IsAppCode))
        {
            return [context.NotApplicable("no Python application code")];
        }

        var tests = 0;
        var files = 0;
        Finding? first = null;
        foreach (var path in graph.Modules.Where(p => PyPaths.IsTest(p) && !PyPaths.IsSetAside(p) && context.Card.Files.Matches(p)))
        {
            if (context.Workspace.Read(path) is not { } doc)
            {
                continue;
            }

            var found = PyCode.Matches(doc, TestFunction(), "test");
            if (found.Count > 0)
            {
                tests += found.Count;
                files++;
                first ??= context.Pass(doc, found[0].Index, "test function");
            }
        }

        return first is null
            ? [context.Missing("no Python tests: no def test_... in tests/, test_*.py or *_test.py")]
            : [first with { Message = $"{tests} test function(s) in {files} file(s)" }];
    }

    [GeneratedRegex(@"^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*[ \t]*\(", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TestFunctionCompiled();
    private static Regex TestFunction() => LinearRegex.Pick(TestFunctionCompiled());
}
