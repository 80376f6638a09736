namespace Scanner.Reporting.Model;

/// <summary>
/// Where a finding about the whole project is shown when a format needs a file for every result (SARIF: GitHub
/// code scanning rejects an upload with one location-less result): per probe ecosystem, the file the probe judged
/// when the tree has one (the shallowest package.json, the CI workflow, the Dockerfile), otherwise the file that
/// should hold the fix (<c>.github/workflows/ci.yml</c>, <c>Dockerfile</c>), otherwise the README.
/// </summary>
public sealed record ProjectAnchors(IReadOnlyDictionary<string, string> ByEcosystem, string Fallback)
{
    public static ProjectAnchors Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), "README.md");

    /// <summary>What each ecosystem's project-level findings are about, best first; the last entry is where the fix goes.</summary>
    private static readonly (string Ecosystem, Func<string, bool> Judged, string FixIn)[] Rules =
    [
        ("ci", IsCiFile, ".github/workflows/ci.yml"),
        ("dockerfile", IsDockerfile, "Dockerfile"),
        ("runtime", IsDockerfile, "Dockerfile"),
        ("compose", IsComposeFile, "docker-compose.yml"),
        ("javascript", p => Name(p) == "package.json", "package.json"),
        ("python", p => Name(p) is "pyproject.toml" or "requirements.txt" or "setup.py" or "manage.py", "requirements.txt"),
        ("csharp", p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase), "Program.cs"),
        ("nginx", p => Name(p) == "nginx.conf" || (p.Contains("nginx", StringComparison.OrdinalIgnoreCase) && p.EndsWith(".conf", StringComparison.OrdinalIgnoreCase)), "nginx.conf"),
        ("platform", p => Name(p) is "vercel.json" or "netlify.toml" or "_headers", "vercel.json"),
        ("env", p => Name(p) is ".env.example" or ".env.sample" or ".env.template", ".env.example"),
        ("git", p => p == ".gitignore", ".gitignore"),
        ("secrets", p => p == ".gitignore", ".gitignore"),
    ];

    /// <summary>The file for a finding of <paramref name="ecosystem"/> that names none.</summary>
    public string For(string ecosystem) => ByEcosystem.TryGetValue(ecosystem, out var path) ? path : Fallback;

    /// <summary>Anchors from the scanned tree's repository-relative paths (shallowest first, then ordinal).</summary>
    public static ProjectAnchors From(IEnumerable<string> repoRelativePaths)
    {
        var paths = repoRelativePaths.OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal).ToList();
        var byEcosystem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (ecosystem, judged, fixIn) in Rules)
        {
            byEcosystem[ecosystem] = paths.FirstOrDefault(judged) ?? fixIn;
        }

        var readme = paths.FirstOrDefault(p => !p.Contains('/', StringComparison.Ordinal) && p.StartsWith("README", StringComparison.OrdinalIgnoreCase));
        return new ProjectAnchors(byEcosystem, readme ?? "README.md");
    }

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static bool IsCiFile(string path) =>
        (path.StartsWith(".github/workflows/", StringComparison.Ordinal) && (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal)))
        || path is ".gitlab-ci.yml" or "azure-pipelines.yml" or ".circleci/config.yml" or "Jenkinsfile" or "bitbucket-pipelines.yml" or ".travis.yml";

    private static bool IsDockerfile(string path) =>
        Name(path) is "Dockerfile" or "Containerfile" || Name(path).EndsWith(".Dockerfile", StringComparison.Ordinal);

    private static bool IsComposeFile(string path) =>
        Name(path) is "compose.yaml" or "compose.yml" || (Name(path).StartsWith("docker-compose", StringComparison.Ordinal) && (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal)));
}
