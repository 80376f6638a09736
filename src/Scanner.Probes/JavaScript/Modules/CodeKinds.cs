using Scanner.Core.Text;

namespace Scanner.Probes.JavaScript.Modules;

/// <summary>
/// Which files are tests and which folders hold code that is not the product (backups, examples, docs,
/// fixtures): neither is ever an entry point, so evidence there alone cannot confirm a capability.
/// </summary>
internal static class CodeKinds
{
    private static readonly HashSet<string> NotProductFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "backup", "backups", "bak", "old", "archive", "archived", "deprecated", "unused", "example", "examples",
        "sample", "samples", "demo", "demos", "docs", "doc", "fixtures", "__fixtures__", "__mocks__", "mocks",
        "test", "tests", "__tests__", "spec", "e2e", "cypress", "playwright",
    };

    private static readonly Glob[] TestFiles =
    [
        new("*.{test,spec,e2e,cy}.*"),
        new("**/{__tests__,test,tests,spec,e2e,cypress,playwright}/**"),
        new("{vitest,jest,playwright,cypress,karma,ava}.config.*"),
        new("{vitest,jest}.setup.*"),
        new("*.stories.*"),
    ];

    private static readonly HashSet<string> ToolFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "migrations", "migration", "seeds", "seeders", "seed", "scripts", "script",
    };

    public static bool IsTest(string path) => TestFiles.Any(g => g.IsMatch(path));

    /// <summary>Migrations, seeds and scripts: run by people or tools when the schema or data changes, not by the app.</summary>
    public static bool IsTooling(string path)
    {
        var parts = path.Split('/');
        return parts.SkipLast(1).Any(ToolFolders.Contains) || parts[^1].StartsWith("seed.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when any folder on the path (not the file name) is a backup, example, docs, fixture or test folder.</summary>
    public static bool InNonProductFolder(string path)
    {
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (NotProductFolders.Contains(parts[i]))
            {
                return true;
            }
        }

        return false;
    }
}
