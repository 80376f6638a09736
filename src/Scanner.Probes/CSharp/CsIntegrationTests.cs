using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// An ASP.NET Core app has tests that host it and call its HTTP API: a test project with
/// Microsoft.AspNetCore.Mvc.Testing or a <c>WebApplicationFactory&lt;T&gt;</c>. No test project at all fails; test
/// projects without either leave it undecided.
/// </summary>
public sealed partial class CsIntegrationTests : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var projects = CsProjects.Find(context.Workspace);
        var web = projects.Where(p => p.IsWeb && !p.IsTest).ToList();
        if (web.Count == 0)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var tests = projects.Where(p => p.IsTest).ToList();
        if (tests.Count == 0)
        {
            return [context.AtFile(Outcome.Fail, web[0].Path, $"{web[0].Path} has no test project at all: no test hosts the app and calls its API")];
        }

        foreach (var test in tests)
        {
            if (context.Workspace.Read(test.Path) is { } project && MvcTesting().Match(project.Content) is { Success: true } package)
            {
                return [context.Pass(project, package.Index, $"{test.Path} references Microsoft.AspNetCore.Mvc.Testing: tests host the app in memory and call its API")];
            }

            foreach (var file in context.Workspace.Files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal) && CsPaths.IsUnder(f.Path, test.Folder)))
            {
                if (context.Workspace.Read(file) is { } doc && doc.Content.Contains("WebApplicationFactory", StringComparison.Ordinal)
                    && Factory().Match(doc.Content) is { Success: true } factory)
                {
                    return [context.Pass(doc, factory.Index, "WebApplicationFactory hosts the app in memory: tests call its HTTP API")];
                }
            }
        }

        return [context.Inconclusive($"{tests.Count} test project(s), none hosting the app (no Microsoft.AspNetCore.Mvc.Testing, no WebApplicationFactory)")];
    }

    [GeneratedRegex(@"Include=""Microsoft\.AspNetCore\.Mvc\.Testing""", RegexOptions.CultureInvariant)]
    private static partial Regex MvcTesting();

    [GeneratedRegex(@"\bWebApplicationFactory<", RegexOptions.CultureInvariant)]
    private static partial Regex Factory();
}
