namespace Scanner.Probes.Python;

/// <summary>
/// Reads one command line (shell, exec-form JSON, Procfile entry) and returns every Python launch in it:
/// the server, the app it names (<c>gunicorn 'app:create_app()'</c>, <c>uvicorn app.main:app</c>,
/// <c>python -m flask --app web run</c>, <c>python manage.py runserver</c>) and folders it adds to the path.
/// </summary>
public static class PyLaunchParser
{
    private static readonly HashSet<string> Servers = new(StringComparer.Ordinal)
    {
        "gunicorn", "uvicorn", "hypercorn", "daphne", "waitress-serve", "granian", "uwsgi", "celery", "flask",
    };

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "-b", "--bind", "-w", "--workers", "-k", "--worker-class", "-c", "--config", "-t", "--timeout", "--threads",
        "--log-level", "--log-config", "--access-logfile", "--error-logfile", "--access-logformat", "-e", "--env",
        "--chdir", "--pythonpath", "-n", "--name", "-u", "--user", "-g", "--group", "--graceful-timeout", "--keep-alive",
        "--max-requests", "--max-requests-jitter", "--worker-connections", "--backlog", "-p", "--pid", "--port", "--host",
        "--forwarded-allow-ips", "--certfile", "--keyfile", "--uds", "--fd", "--loop", "--http", "--ws", "--lifespan",
        "--interface", "--env-file", "--root-path", "--limit-concurrency", "--limit-max-requests", "--timeout-keep-alive",
        "--ssl-keyfile", "--ssl-certfile", "--app-dir", "--reload-dir", "--listen", "--url-scheme", "--ident", "-A",
        "--app", "-l", "--loglevel", "--concurrency", "-Q", "--queues", "--pool", "--hostname", "--unix-socket",
        "--endpoint", "--access-log", "--worker-tmp-dir", "--statsd-host", "--module", "--wsgi-file", "--ini", "--mount",
    };

    private static readonly HashSet<string> RootOptions = new(StringComparer.Ordinal) { "--chdir", "--app-dir", "--pythonpath" };

    private static readonly HashSet<string> NotRunning = new(StringComparer.Ordinal)
    {
        "install", "add", "uninstall", "remove", "which", "echo", "pip", "pip3", "apt-get", "apk", "--version", "freeze",
    };

    private static readonly HashSet<string> Separators = new(StringComparer.Ordinal) { "&&", "||", ";", "|", "&" };

    public static IReadOnlyList<(string Server, string? Target, bool IsFile, bool Development, List<string> Roots)> Parse(string line)
    {
        var tokens = Tokenize(line);
        var launches = new List<(string, string?, bool, bool, List<string>)>();
        var segmentStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Separators.Contains(tokens[i]))
            {
                segmentStart = i + 1;
                continue;
            }

            var exe = tokens[i][(tokens[i].LastIndexOf('/') + 1)..];
            if ((Servers.Contains(exe) || IsPython(exe)) && !tokens.Skip(segmentStart).Take(i - segmentStart).Any(NotRunning.Contains)
                && Launch(exe, tokens, i + 1) is { } launch)
            {
                launches.Add(launch);
                while (i + 1 < tokens.Count && !Separators.Contains(tokens[i + 1]))
                {
                    i++;
                }
            }
        }

        return launches;
    }

    private static (string, string?, bool, bool, List<string>)? Launch(string exe, List<string> tokens, int from)
    {
        var args = tokens.Skip(from).TakeWhile(t => !Separators.Contains(t)).ToList();
        if (args.Any(NotRunning.Contains))
        {
            return null;
        }

        if (IsPython(exe))
        {
            var m = args.IndexOf("-m");
            if (m >= 0 && m + 1 < args.Count)
            {
                return Servers.Contains(args[m + 1]) ? Launch(args[m + 1], args, m + 2) : ("python", args[m + 1], false, false, []);
            }

            var script = args.FirstOrDefault(a => a.EndsWith(".py", StringComparison.Ordinal));
            if (script is null)
            {
                return null;
            }

            var runserver = PyPaths.FileName(script) == "manage.py" && args.Contains("runserver");
            return (runserver ? "runserver" : "python", script.TrimStart('.', '/'), true, runserver, []);
        }

        var roots = new List<string>();
        string? target = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (option, value) = SplitOption(args, ref i);
            if (option is not null && RootOptions.Contains(option) && value is not null)
            {
                roots.AddRange(RootsOf(value));
            }

            if (option is "-A" or "--app" or "--module" or "--wsgi-file" || (exe == "uwsgi" && option == "-w"))
            {
                target ??= value;
            }
            else if (option is null && exe is not ("flask" or "celery" or "uwsgi"))
            {
                target ??= args[i];
            }
        }

        var development = args.Contains("--reload") || (exe == "flask" && args.Contains("run"));
        if (exe == "flask" && !args.Contains("run"))
        {
            return null;
        }

        var (module, isFile) = Normalize(target);
        return (exe == "flask" ? "flask run" : exe, module, isFile, development, roots);
    }

    /// <summary>An option and its value (<c>--bind x</c>, <c>--bind=x</c>), or (null, null) for a positional token.</summary>
    private static (string? Option, string? Value) SplitOption(List<string> args, ref int i)
    {
        var token = args[i];
        if (!token.StartsWith('-'))
        {
            return (null, null);
        }

        var eq = token.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0)
        {
            return (token[..eq], token[(eq + 1)..]);
        }

        if (ValueOptions.Contains(token) && i + 1 < args.Count)
        {
            i++;
            return (token, args[i]);
        }

        return (token, null);
    }

    private static (string? Module, bool IsFile) Normalize(string? spec)
    {
        if (spec is null)
        {
            return (null, false);
        }

        var module = spec.Split(':')[0].Trim();
        if (module.EndsWith(".py", StringComparison.Ordinal) || module.Contains('/', StringComparison.Ordinal))
        {
            return (module.TrimStart('.', '/'), true);
        }

        var valid = module.Length > 0 && (char.IsAsciiLetter(module[0]) || module[0] == '_') && module.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.');
        return valid ? (module, false) : (null, false);
    }

    private static IEnumerable<string> RootsOf(string value)
    {
        var path = value.Trim().TrimStart('.').Trim('/');
        yield return path;
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            yield return path[(slash + 1)..];
        }
    }

    private static bool IsPython(string exe) =>
        exe.StartsWith("python", StringComparison.Ordinal) && exe[6..].All(c => char.IsAsciiDigit(c) || c == '.');

    private static List<string> Tokenize(string line)
    {
        var cleaned = line.Replace(";", " ; ", StringComparison.Ordinal);
        foreach (var c in "[],\"'`")
        {
            cleaned = cleaned.Replace(c, ' ');
        }

        return [.. cleaned.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)];
    }
}
