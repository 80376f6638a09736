namespace Scanner.Tests.Hostile;

/// <summary>
/// Fake tokens in shapes the detector flags, planted where the hostile review found leaks: a checklist line and
/// heading, a folder name, a command a probe quotes, an nginx header. Each is unique, so a leak names its place.
/// </summary>
internal static class PlantedSecrets
{
    public static readonly string Heading = GitHubToken("Heading");
    public static readonly string Line = GitHubToken("Line");
    public static readonly string Folder = GitHubToken("Folder");
    public const string QuotedCommand = "ReadyScanFake9Qx7Lm2Zz";
    public const string NginxHeader = "UmVhZHlTY2FuOkZha2VOb3RSZWFsNzcx";

    public static IReadOnlyList<string> All => [Heading, Line, Folder, QuotedCommand, NginxHeader];

    /// <summary>Writes every planted place into <paramref name="target"/>.</summary>
    public static void Plant(HostileTarget target)
    {
        target.Write("PRODUCTION_CHECKLIST.md", $"# Launch {Heading}\n\n- [x] No hardcoded secrets {Line}\n- [x] Rate limiting enabled\n");
        target.Write($"tools/{Folder}/seed.js", "console.log('seeded');\n");
        target.Write("Dockerfile", $"FROM node:20\nWORKDIR /app\nCOPY . .\nRUN yarn install SESSION_SECRET={QuotedCommand}\nUSER node\n");
        target.Write("deploy/nginx.conf", $"server {{\n  location / {{\n    proxy_set_header Authorization \"Basic {NginxHeader}\";\n    proxy_pass http://app:3000;\n  }}\n}}\n");
    }

    /// <summary>A GitHub token shape: ghp_ and 36 letters and digits, obviously fake.</summary>
    private static string GitHubToken(string place) => "ghp_" + ("ReadyScanFakeNotReal" + place).PadRight(36, '0');
}
