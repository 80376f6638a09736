namespace Scanner.Tests.Support;

/// <summary>Where the repository and the shared folder beside it are, found from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The <c>shared/</c> folder beside the checkout, or null when this machine has none.</summary>
    public static string? Shared
    {
        get
        {
            for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "seeds")) || Directory.Exists(Path.Combine(candidate, "schemas")))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scanner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Scanner.sln not found above the test directory");
    }
}
