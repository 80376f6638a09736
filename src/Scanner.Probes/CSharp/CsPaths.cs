namespace Scanner.Probes.CSharp;

/// <summary>Where a C# file sits: in tests, or in code set aside (samples, fixtures, backups) that never ships.</summary>
public static class CsPaths
{
    private static readonly HashSet<string> TestFolders = new(StringComparer.OrdinalIgnoreCase) { "tests", "test", "testing" };

    private static readonly HashSet<string> SetAsideFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "examples", "example", "samples", "sample", "docs", "doc", "backup", "backups", "old", "archive", "archived",
        "legacy", "deprecated", "unused", "attic", "fixtures", "tmp", "scratch", "sandbox", "playground",
    };

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    public static bool IsUnder(string path, string folder) => folder.Length == 0 || path.StartsWith(folder + "/", StringComparison.Ordinal);

    public static bool IsTest(string path)
    {
        var name = FileName(path);
        return name.EndsWith("Tests.cs", StringComparison.Ordinal) || name.EndsWith("Test.cs", StringComparison.Ordinal)
            || Segments(path).Any(s => TestFolders.Contains(s) || s.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".Test", StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsSetAside(string path) => Segments(path).Any(SetAsideFolders.Contains);

    private static IEnumerable<string> Segments(string path) => path.Split('/').SkipLast(1);
}
