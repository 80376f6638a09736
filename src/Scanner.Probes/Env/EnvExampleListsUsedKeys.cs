using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;

namespace Scanner.Probes.Env;

/// <summary>Each variable the code reads must appear in an environment template; each missing key fails at its first read.</summary>
public sealed class EnvExampleListsUsedKeys : IProbe
{
    private static readonly HashSet<string> RuntimeProvided = new(StringComparer.Ordinal)
    {
        "NODE_ENV", "CI", "HOME", "PATH", "PWD", "USER", "SHELL", "HOSTNAME", "TMPDIR", "TEMP", "TMP", "LANG", "TZ",
        "NEXT_RUNTIME", "NEXT_PHASE", "VERCEL", "VERCEL_ENV", "VERCEL_URL", "MODE", "DEV", "PROD", "SSR", "BASE_URL",
        "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "PYTHONPATH", "VIRTUAL_ENV", "GITHUB_ACTIONS", "TERM", "NO_COLOR",
        "COLUMNS", "DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var templates = context.Documents(EnvTemplates.IsTemplate).Select(EnvTemplates.Read).ToList();
        var reads = context.Documents()
            .Where(d => !EnvTemplates.IsTemplate(d.Path) && !SecretPaths.IsTestPath(d.Path))
            .SelectMany(EnvReads.In)
            .Where(r => !RuntimeProvided.Contains(r.Key) && !r.Key.StartsWith("npm_", StringComparison.Ordinal))
            .ToList();
        if (reads.Count == 0)
        {
            return [context.NotApplicable(templates.Count == 0
                ? "no environment template and no environment variable read"
                : "the code reads no environment variable")];
        }

        var findings = new List<Finding>();
        var templateNames = templates.Count == 0 ? "" : string.Join(", ", templates.Select(t => t.Path));
        foreach (var group in reads.GroupBy(r => r.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var elsewhere = group.Count() > 1 ? $" (read in {group.Count()} places)" : "";
            var listedIn = templates.FirstOrDefault(t => t.Keys.ContainsKey(group.Key));
            if (listedIn is null)
            {
                var message = templates.Count == 0
                    ? $"{group.Key} is read here but there is no .env.example to list it{elsewhere}"
                    : $"{group.Key} is read here but missing from {templateNames}{elsewhere}";
                findings.Add(context.Fail(first.Document, first.Offset, message));
            }
            else if (context.Workspace.Read(listedIn.Path) is { } doc)
            {
                var at = first.Document.Text.LineOf(first.Offset);
                findings.Add(context.AtLine(Outcome.Pass, doc, listedIn.Keys[group.Key], $"{group.Key} is listed (read at {first.Document.Path}:{at})"));
            }
        }

        return findings;
    }
}
