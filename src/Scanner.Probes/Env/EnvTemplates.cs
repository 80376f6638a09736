using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Env;

/// <summary>Finds and reads environment templates (.env.example, .env.sample, .env.template, .env.dist ...).</summary>
public static partial class EnvTemplates
{
    private static readonly string[] Names =
        [".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults", "example.env", "sample.env", "env.example", "env.sample"];

    public static bool IsTemplate(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return Names.Contains(name) || name.EndsWith(".env.example", StringComparison.Ordinal);
    }

    public static EnvTemplate Read(SourceDocument doc)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var line = 1; line <= doc.Text.LineCount; line++)
        {
            var m = KeyLine().Match(doc.Text.Line(line).ToString());
            if (m.Success)
            {
                keys.TryAdd(m.Groups["key"].Value, line);
            }
        }

        return new EnvTemplate(doc.Path, keys);
    }

    [GeneratedRegex(@"^\s*#?\s*(?:export\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*=", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex KeyLineCompiled();
    private static Regex KeyLine() => LinearRegex.Pick(KeyLineCompiled());
}
