using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Production starts the app under a production server (gunicorn, uvicorn, hypercorn, daphne, waitress, granian,
/// uWSGI), not a development one: <c>flask run</c>, <c>manage.py runserver</c>, <c>--reload</c>, or
/// <c>python app.py</c> whose module calls Flask's <c>app.run()</c>. Development-named files (Procfile.dev,
/// docker-compose.dev.yml, Dockerfile.dev) may run development servers.
/// </summary>
public sealed partial class PyProductionServer : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        foreach (var launch in graph.Launches.Where(l => !PyPaths.IsSetAside(l.Path) && !PyCode.IsDevelopmentName(PyPaths.FileName(l.Path)) && context.Card.Files.Matches(l.Path)))
        {
            if (context.Workspace.Read(launch.Path) is not { } doc)
            {
                continue;
            }

            var (outcome, message) = Judge(context, graph, launch);
            if (outcome is { } o)
            {
                findings.Add(context.AtLine(o, doc, launch.Line, message));
            }
        }

        return findings.Count > 0 ? findings
            : [context.Inconclusive("no start command found (Procfile, Dockerfile CMD, compose command, start script): cannot tell which server runs the app")];
    }

    private static (Outcome?, string) Judge(ProbeContext context, PyGraph graph, PyLaunch launch)
    {
        if (launch.IsProductionServer)
        {
            return (Outcome.Pass, $"app served by {launch.Server}");
        }

        if (launch.IsDevelopmentServer)
        {
            return (Outcome.Fail, $"{launch.Server}{(launch.Server is "uvicorn" or "gunicorn" ? " --reload" : "")} is a development server: single-threaded or reloading, not meant for production traffic");
        }

        if (launch.Server != "python" || !launch.TargetIsFile)
        {
            return (null, "");
        }

        var script = graph.Entries.Select(e => e.Path).FirstOrDefault(p => p == launch.Target || p.EndsWith("/" + launch.Target, StringComparison.Ordinal));
        if (script is null || context.Workspace.Read(script) is not { } doc)
        {
            return (Outcome.Inconclusive, $"starts python {launch.Target}, which was not found: cannot tell which server it runs");
        }

        if (PyCode.Matches(doc, ProgrammaticServer(), "(").Count > 0)
        {
            return (Outcome.Pass, $"python {launch.Target} starts a production server in code");
        }

        return PyCode.Matches(doc, FlaskRun(), "run").Count > 0
            ? (Outcome.Fail, $"python {launch.Target} starts the framework's development server (app.run())")
            : (null, "");
    }

    [GeneratedRegex(@"\b(?:uvicorn|hypercorn|waitress|granian|bjoern|cheroot)\b[\w.]*\.(?:run|serve)[ \t]*\(|\bserve[ \t]*\([ \t]*app\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ProgrammaticServerCompiled();
    private static Regex ProgrammaticServer() => LinearRegex.Pick(ProgrammaticServerCompiled());

    [GeneratedRegex(@"\b\w*app\w*\.run[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FlaskRunCompiled();
    private static Regex FlaskRun() => LinearRegex.Pick(FlaskRunCompiled());
}
