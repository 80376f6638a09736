using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;

namespace Scanner.Probes.Git;

/// <summary>
/// Where a project keeps .env files (or templates of them), .gitignore ignores .env there, and no env file in the
/// tree escapes the ignore rules. The pass points at the .gitignore line that does the ignoring.
/// </summary>
public sealed class GitEnvIgnored : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var workspace = context.Workspace;
        var envFiles = workspace.Files.Select(f => f.Path).Where(IsEnvFamily).ToList();
        var folders = envFiles.Select(Folder).ToHashSet(StringComparer.Ordinal);
        if (File.Exists(Path.Combine(workspace.Root, ".env")))
        {
            folders.Add("");
        }

        if (folders.Count == 0)
        {
            return [context.NotApplicable("no .env file or template: the project keeps no settings in .env files")];
        }

        var findings = new List<Finding>();
        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            var candidate = folder + ".env";
            if (workspace.IgnoredBy(candidate) is { } rule)
            {
                findings.Add(workspace.Read(rule.Source) is { } doc && rule.Line > 0
                    ? context.AtLine(Outcome.Pass, doc, rule.Line, $"{candidate} is ignored by {rule.Source}:{rule.Line} ({rule.Pattern})")
                    : context.AtFile(Outcome.Pass, rule.Source, $"{candidate} is ignored by {rule.Source}:{rule.Line} ({rule.Pattern})"));
            }
            else
            {
                var gitignore = folder + ".gitignore";
                var message = $"no ignore rule covers {candidate}: a .env created there would be committed; add '.env' to .gitignore";
                findings.Add(workspace.Find(gitignore) is not null || workspace.Find(".gitignore") is not null
                    ? context.AtFile(Outcome.Fail, workspace.Find(gitignore) is not null ? gitignore : ".gitignore", message)
                    : context.Missing(message));
            }
        }

        foreach (var path in envFiles.Where(SecretFiles.IsEnvFile).Where(p => workspace.IgnoredBy(p) is null))
        {
            findings.Add(context.AtFile(Outcome.Fail, path, $"{path} is an env file that no .gitignore rule ignores: it would be committed"));
        }

        return findings;
    }

    /// <summary>.env files and their templates (.env.example): either shows the project keeps settings in .env files.</summary>
    private static bool IsEnvFamily(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal);
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..(slash + 1)] : "";
}
