namespace Scanner.Probes.Python;

/// <summary>
/// A command that starts Python code, found in a Procfile, Dockerfile CMD/ENTRYPOINT, compose file, start script
/// or platform config. Target is the module (or, when TargetIsFile, the path) it runs; Roots are folders the
/// command adds to the import path (<c>--chdir</c>, <c>--app-dir</c>).
/// </summary>
public sealed record PyLaunch(string Path, int Line, string Server, string? Target, bool TargetIsFile, bool Development, IReadOnlyList<string> Roots)
{
    private static readonly HashSet<string> ProductionServers = new(StringComparer.Ordinal)
    {
        "gunicorn", "uvicorn", "hypercorn", "daphne", "waitress-serve", "granian", "uwsgi",
    };

    /// <summary>A server built for production traffic, not started in reload/debug mode.</summary>
    public bool IsProductionServer => ProductionServers.Contains(Server) && !Development;

    /// <summary>A development server: <c>flask run</c>, <c>manage.py runserver</c>, <c>--reload</c>.</summary>
    public bool IsDevelopmentServer => Development;
}
