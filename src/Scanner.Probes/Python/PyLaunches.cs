using System.Text.RegularExpressions;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Finds the commands that start Python code: Procfile entries, the final Dockerfile stage's CMD/ENTRYPOINT,
/// compose <c>command:</c>, start scripts, platform configs (app.yaml, render.yaml, fly.toml, railway, nixpacks,
/// supervisord, systemd units) and gunicorn's <c>wsgi_app</c>. Commented-out lines do not count.
/// </summary>
public static partial class PyLaunches
{
    private static readonly string[] StartScriptNames = ["start", "entrypoint", "docker-entrypoint", "run", "boot", "serve", "launch", "prestart"];

    private static readonly string[] Keywords = ["gunicorn", "uvicorn", "hypercorn", "daphne", "waitress", "granian", "uwsgi", "celery", "flask", "python"];

    public static IReadOnlyList<PyLaunch> Find(Workspace workspace)
    {
        var launches = new List<PyLaunch>();
        foreach (var file in workspace.Files)
        {
            var kind = SourceKind(file.Path);
            if (kind == LaunchSource.None || PyPaths.IsTest(file.Path) || PyPaths.IsSetAside(file.Path) || !DeclaresProduction(file.Path) || workspace.Read(file) is not { } doc)
            {
                continue;
            }

            if (kind == LaunchSource.Dockerfile)
            {
                launches.AddRange(FromDockerfile(doc));
            }
            else if (kind == LaunchSource.GunicornConfig)
            {
                launches.AddRange(FromGunicornConfig(doc));
            }
            else
            {
                launches.AddRange(FromLines(doc, FlaskApp(doc)));
            }
        }

        return launches;
    }

    private static IEnumerable<PyLaunch> FromDockerfile(SourceDocument doc)
    {
        var stage = DockerfileParser.Parse(doc.Text).FinalStage;
        if (stage is null)
        {
            yield break;
        }

        var flaskApp = FlaskApp(doc);
        foreach (var instruction in stage.Instructions.Where(i => i.Keyword is "CMD" or "ENTRYPOINT"))
        {
            foreach (var launch in Launches(doc.Path, instruction.Line, instruction.Arguments, flaskApp))
            {
                yield return launch;
            }
        }
    }

    private static IEnumerable<PyLaunch> FromGunicornConfig(SourceDocument doc)
    {
        foreach (Match m in WsgiApp().Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) == RegionKind.Code)
            {
                var module = m.Groups["app"].Value.Split(':')[0];
                yield return new PyLaunch(doc.Path, doc.Text.LineOf(m.Index), "gunicorn", module, false, false, []);
            }
        }
    }

    private static IEnumerable<PyLaunch> FromLines(SourceDocument doc, string? flaskApp)
    {
        if (!Keywords.Any(k => doc.Content.Contains(k, StringComparison.Ordinal)))
        {
            yield break;
        }

        for (var line = 1; line <= doc.Text.LineCount; line++)
        {
            var text = doc.Text.Line(line).ToString();
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith('#') || trimmed.StartsWith("//", StringComparison.Ordinal) || !Keywords.Any(k => text.Contains(k, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var launch in Launches(doc.Path, line, text, flaskApp))
            {
                yield return launch;
            }
        }
    }

    private static IEnumerable<PyLaunch> Launches(string path, int line, string command, string? flaskApp) =>
        PyLaunchParser.Parse(command).Select(l => new PyLaunch(
            path, line, l.Server, l.Target ?? (l.Server == "flask run" ? flaskApp : null), l.Target is null ? IsFileSpec(flaskApp) : l.IsFile,
            l.Development, l.Roots));

    private static bool IsFileSpec(string? spec) => spec is not null && (spec.EndsWith(".py", StringComparison.Ordinal) || spec.Contains('/', StringComparison.Ordinal));

    /// <summary>The FLASK_APP a file sets (Dockerfile ENV, compose environment, export in a script).</summary>
    private static string? FlaskApp(SourceDocument doc)
    {
        if (!doc.Content.Contains("FLASK_APP", StringComparison.Ordinal))
        {
            return null;
        }

        var m = FlaskAppSetting().Match(doc.Content);
        return m.Success ? m.Groups["app"].Value.Split(':')[0] : null;
    }

    /// <summary>
    /// False for a file that starts the app for people rather than for production: a development file
    /// (<c>Dockerfile.dev</c>, <c>dev-utils.sh</c>, <c>docker-compose.local.yml</c>) or a shell script among the
    /// repository's tools (<c>scripts/profile.sh</c>) that is not named as a start script. A profiler or a
    /// demo launched from there would otherwise make its modules count as the running app.
    /// </summary>
    internal static bool DeclaresProduction(string path)
    {
        if (NonProduction.IsDevelopmentFile(path))
        {
            return false;
        }

        var name = PyPaths.FileName(path).ToLowerInvariant();
        return !name.EndsWith(".sh", StringComparison.Ordinal) || !PyPaths.IsTooling(path) || StartScriptNames.Any(n => name.StartsWith(n, StringComparison.Ordinal));
    }

    private static LaunchSource SourceKind(string path)
    {
        var name = PyPaths.FileName(path).ToLowerInvariant();
        if (name == "dockerfile" || name.StartsWith("dockerfile.", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal))
        {
            return LaunchSource.Dockerfile;
        }

        if (name is "gunicorn.conf.py" or "gunicorn_config.py" or "gunicorn.config.py")
        {
            return LaunchSource.GunicornConfig;
        }

        var lines = name.StartsWith("procfile", StringComparison.Ordinal) || name.EndsWith(".sh", StringComparison.Ordinal)
            || name.EndsWith(".service", StringComparison.Ordinal) || name.StartsWith("supervisord", StringComparison.Ordinal)
            || (name.Contains("compose", StringComparison.Ordinal) && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)))
            || name is "app.yaml" or "render.yaml" or "fly.toml" or "railway.json" or "railway.toml" or "nixpacks.toml" or "heroku.yml";
        return lines ? LaunchSource.Lines : LaunchSource.None;
    }

    [GeneratedRegex(@"\bwsgi_app\s*=\s*[""'](?<app>[\w.:()]+)[""']", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex WsgiApp();

    [GeneratedRegex(@"\bFLASK_APP\s*[=:]?\s*[""']?(?<app>[\w./:]+)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex FlaskAppSetting();
}
