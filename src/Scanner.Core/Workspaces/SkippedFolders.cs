namespace Scanner.Core.Workspaces;

/// <summary>Folders that hold dependencies, build output or tool caches: never the team's own code.</summary>
public static class SkippedFolders
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "node_modules", "bower_components", "jspm_packages", "vendor", "bin", "obj", "dist", "build", "out",
        ".next", ".nuxt", ".svelte-kit", ".output", ".vercel", ".turbo", ".parcel-cache", ".cache",
        "venv", ".venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages",
        "coverage", ".nyc_output", "htmlcov", ".gradle", ".terraform", ".idea", ".vs",
    };

    public static bool IsSkipped(string name) => Names.Contains(name);

    /// <summary>True when any folder on a relative path is one the walker skips (for paths seen only in git history).</summary>
    public static bool InSkippedFolder(string path)
    {
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (Names.Contains(parts[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// NuGet's packages.config restore folder holds dependencies; a JavaScript monorepo's <c>packages/</c> holds the
    /// team's own code and has a package.json one level down.
    /// </summary>
    public static bool IsNuGetPackages(string name, string fullPath)
    {
        if (name != "packages")
        {
            return false;
        }

        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1, IgnoreInaccessible = true };
            return !Directory.EnumerateFiles(fullPath, "package.json", options).Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The file that makes a folder a Python virtual environment, whatever the folder is called.</summary>
    public const string VirtualEnvironmentMarker = "pyvenv.cfg";
}
