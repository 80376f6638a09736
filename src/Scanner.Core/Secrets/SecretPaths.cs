using Scanner.Core.Workspaces;

namespace Scanner.Core.Secrets;

/// <summary>What a file's path says about the secrets in it: lock files hold none, tests hold stand-ins.</summary>
public static class SecretPaths
{
    private static readonly HashSet<string> LockFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "poetry.lock", "Pipfile.lock",
        "composer.lock", "Cargo.lock", "packages.lock.json", "Gemfile.lock", "go.sum", "mix.lock", "pubspec.lock",
        "Podfile.lock", "flake.lock", "gradle.lockfile", "uv.lock", "pdm.lock", "deno.lock", "paket.lock",
    };

    private static readonly HashSet<string> TestFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "__tests__", "spec", "specs", "fixtures", "__fixtures__", "testdata", "test-data", "test_data",
        "mocks", "__mocks__", "e2e", "cypress", "playwright", "testing", "stubs",
    };

    private static readonly string[] TestNameMarkers = [".test.", ".spec.", "_test.", "_spec.", ".tests.", "tests.cs", "test.cs", "test.java", "test.kt"];

    private static readonly string[] TemplateSuffixes = [".example", ".sample", ".template", ".tmpl", ".tpl", ".dist", ".defaults"];

    /// <summary>
    /// Templates (.env.example, config.sample.yml) and documentation (Markdown): the free-form values written
    /// there are meant to be stand-ins, though a provider token pasted into one is still a leak.
    /// </summary>
    public static string? StandInContext(string path)
    {
        var name = FileName(path).ToLowerInvariant();
        if (TemplateSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal) || name.Contains(s + ".", StringComparison.Ordinal)))
        {
            return "in a template file";
        }

        return name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".mdx", StringComparison.Ordinal) || name.EndsWith(".rst", StringComparison.Ordinal)
            ? "in documentation"
            : null;
    }

    public static bool IsLockFile(string path) => LockFiles.Contains(FileName(path)) || path.EndsWith(".lock", StringComparison.OrdinalIgnoreCase);

    /// <summary>Test code, fixtures and mocks: secrets there are usually stand-ins, so they are reported at low confidence.</summary>
    public static bool IsTestPath(string path)
    {
        var name = FileName(path).ToLowerInvariant();
        if (name.StartsWith("test_", StringComparison.Ordinal) || name == "conftest.py" || TestNameMarkers.Any(name.Contains))
        {
            return true;
        }

        return Folders(path).Any(TestFolders.Contains);
    }

    /// <summary>Minified or bundled output and vendored third-party code: free-form assignments there are not the team's.</summary>
    public static bool IsMinifiedOrVendored(string path, string text) => GeneratedCode.IsMinifiedOrVendored(path, text);

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static IEnumerable<string> Folders(string path)
    {
        var parts = path.Split('/');
        return parts.Take(parts.Length - 1);
    }
}
