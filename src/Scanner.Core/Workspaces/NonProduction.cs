namespace Scanner.Core.Workspaces;

/// <summary>
/// Files that are not what production runs, by name alone: development variants (<c>Dockerfile.dev</c>,
/// <c>docker-compose.local.yml</c>, <c>compose.test.yaml</c>) and anything in a set-aside folder (examples, backups,
/// legacy copies, docs). Probes of production settings do not judge them: a dev compose file without resource
/// limits says nothing about the deployed stack.
/// </summary>
public static class NonProduction
{
    private static readonly HashSet<string> SetAsideFolders = new(StringComparer.Ordinal)
    {
        "examples", "example", "samples", "sample", "docs", "doc", "backup", "backups", "old", "archive", "archived",
        "legacy", "deprecated", "unused", "attic", "fixtures", "tmp", "scratch", "sandbox", "playground",
    };

    /// <summary>A file name with a development segment: <c>dev</c>, <c>development</c>, <c>local</c>, <c>test(s)</c>, <c>debug</c>.</summary>
    public static bool IsDevelopmentFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        var parts = name.Split('.', '-', '_');
        return parts.Length > 1 && parts.Any(p => p is "dev" or "development" or "local" or "test" or "tests" or "debug");
    }

    /// <summary>Under a folder whose name sets its contents aside (examples, backup, legacy, docs ...), at any depth.</summary>
    public static bool IsSetAside(string path)
    {
        var folders = path.Split('/');
        for (var i = 0; i < folders.Length - 1; i++)
        {
            if (SetAsideFolders.Contains(folders[i].ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }
}
