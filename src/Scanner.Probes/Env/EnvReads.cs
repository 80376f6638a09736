using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Env;

/// <summary>Finds environment variable reads in JS/TS, Python, C# and compose files.</summary>
public static partial class EnvReads
{
    public static IEnumerable<EnvRead> In(SourceDocument doc)
    {
        var (pattern, keywords, anywhere) = doc.Language switch
        {
            Language.JavaScript => (JavaScript(), ["env"], false),
            Language.Python => (Python(), ["environ", "getenv"], false),
            Language.CSharp => (CSharp(), ["GetEnvironmentVariable"], false),
            Language.Yaml when IsCompose(doc.Path) && ComposeServices().IsMatch(doc.Content) => (Compose(), ["${"], true),
            _ => ((Regex?)null, Array.Empty<string>(), false),
        };
        if (pattern is null || !keywords.Any(k => doc.Content.Contains(k, StringComparison.Ordinal)))
        {
            return [];
        }

        var reads = new List<EnvRead>();
        foreach (Match m in pattern.Matches(doc.Content))
        {
            if (!anywhere && doc.Regions.KindAt(m.Index) != RegionKind.Code)
            {
                continue;
            }

            foreach (Capture key in m.Groups["key"].Captures)
            {
                reads.Add(new EnvRead(key.Value, doc, key.Index));
            }
        }

        if (doc.Language == Language.JavaScript)
        {
            reads.AddRange(Destructured(doc));
        }

        return reads;
    }

    public static bool IsCompose(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose.", StringComparison.Ordinal)
            || name.StartsWith("compose-", StringComparison.Ordinal);
    }

    /// <summary><c>const { A, B: b, C = 'x' } = process.env</c></summary>
    private static IEnumerable<EnvRead> Destructured(SourceDocument doc)
    {
        foreach (Match m in DestructuringPattern().Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) != RegionKind.Code)
            {
                continue;
            }

            var body = m.Groups["body"];
            foreach (Match key in DestructuredKey().Matches(body.Value))
            {
                yield return new EnvRead(key.Groups["key"].Value, doc, body.Index + key.Groups["key"].Index);
            }
        }
    }

    [GeneratedRegex(@"\b(?:process\.env|import\.meta\.env)(?:\.(?<key>[A-Za-z_][A-Za-z0-9_]*)|\[\s*['""`](?<key>[A-Za-z_][A-Za-z0-9_]*)['""`]\s*\])", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex JavaScriptCompiled();
    private static Regex JavaScript() => LinearRegex.Pick(JavaScriptCompiled());

    [GeneratedRegex(@"\b(?:os\.)?(?:environ\s*\[\s*|environ\.get\s*\(\s*|getenv\s*\(\s*)[rfbu]?['""](?<key>[A-Za-z_][A-Za-z0-9_]*)['""]", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PythonCompiled();
    private static Regex Python() => LinearRegex.Pick(PythonCompiled());

    [GeneratedRegex(@"\bGetEnvironmentVariable\s*\(\s*@?""(?<key>[A-Za-z_][A-Za-z0-9_]*)""", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CSharpCompiled();
    private static Regex CSharp() => LinearRegex.Pick(CSharpCompiled());

    [GeneratedRegex(@"(?<!\$)\$\{(?<key>[A-Za-z_][A-Za-z0-9_]*)(?:[:?+-][^}\n]{0,200})?\}", RegexOptions.None, 100)]
    private static partial Regex Compose();

    /// <summary>A compose file has a top-level <c>services:</c>; a YAML merely named compose-something does not.</summary>
    [GeneratedRegex(@"^services[ \t]*:", RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ComposeServicesCompiled();
    private static Regex ComposeServices() => LinearRegex.Pick(ComposeServicesCompiled());

    [GeneratedRegex(@"\b(?:const|let|var)\s*\{(?<body>[^{}]+)\}\s*=\s*process\.env\b", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DestructuringPatternCompiled();
    private static Regex DestructuringPattern() => LinearRegex.Pick(DestructuringPatternCompiled());

    [GeneratedRegex(@"(?:^|,)\s*(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*(?=[:=,]|$)", RegexOptions.None, 100)]
    private static partial Regex DestructuredKey();
}
