using Scanner.Core.Workspaces;
namespace Scanner.Probes.Python;

/// <summary>
/// What a Python path is for: tests, tooling (scripts, migrations, manage.py), or code set aside (examples,
/// backups, fixtures) that can never be an app entry. Everything else is application code.
/// </summary>
public static class PyPaths
{
    private static readonly HashSet<string> TestFolders = new(StringComparer.Ordinal) { "tests", "test", "testing", "__tests__", "e2e" };

    private static readonly HashSet<string> ToolFolders = new(StringComparer.Ordinal) { "scripts", "script", "bin", "tools", "migrations", "alembic", "management" };

    private static readonly HashSet<string> ToolFiles = new(StringComparer.Ordinal)
    {
        "manage.py", "setup.py", "noxfile.py", "fabfile.py", "conftest.py", "env.py", "gunicorn.conf.py", "gunicorn_config.py",
    };


    public static bool IsPython(string path) => path.EndsWith(".py", StringComparison.Ordinal);

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The folder part of a repo-relative path, "" for the root.</summary>
    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    public static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    public static bool IsTest(string path)
    {
        var name = FileName(path);
        return name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal)
            || name is "conftest.py" or "tests.py" || InFolder(path, TestFolders);
    }

    /// <summary>Scripts, migrations, management commands and build files: run by people or tools, not by the app.</summary>
    public static bool IsTooling(string path) => ToolFiles.Contains(FileName(path)) || InFolder(path, ToolFolders);

    /// <summary>Examples, backups, old copies and fixtures: never an app entry, and not part of the app unless imported.</summary>
    public static bool IsSetAside(string path) => NonProduction.IsSetAside(path);

    /// <summary>Code that ships with the app: not a test, not tooling, not set aside.</summary>
    public static bool IsAppCode(string path) => IsPython(path) && !IsTest(path) && !IsTooling(path) && !IsSetAside(path);

    private static bool InFolder(string path, HashSet<string> names)
    {
        var start = 0;
        while (true)
        {
            var slash = path.IndexOf('/', start);
            if (slash < 0)
            {
                return false;
            }

            if (names.Contains(path[start..slash]))
            {
                return true;
            }

            start = slash + 1;
        }
    }
}
