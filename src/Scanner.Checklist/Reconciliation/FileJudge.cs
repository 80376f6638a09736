using Scanner.Checklist.Claims.Artifacts;
using Scanner.Checklist.Text;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// A file or folder a line names. Present: met, unless the line claims a mechanism and the file is a module nothing
/// imports or runs. Absent: unmet only when nothing could stand in for it (the same name under another extension or
/// folder, an env template by another name, a module that generates it) and it is not in a folder the scan skips;
/// a line that says the file is generated stays unknown. Ignored by git is named as the reason it is absent.
/// </summary>
internal static class FileJudge
{
    private static readonly HashSet<string> GeneratedWords = new(["generated", "generate", "generates", "auto", "dynamic", "dynamically", "build", "built"], StringComparer.Ordinal);
    private static readonly HashSet<string> RepositoryWords = new(["committed", "commit", "tracked", "repo", "repository", "git", "version", "control", "gitignored"], StringComparer.Ordinal);
    private static readonly HashSet<string> IgnoreWords = new(new[] { "gitignore", "ignored", "gitignored", "excluded" }.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);
    private static readonly string[] SiblingExtensions = [".js", ".mjs", ".cjs", ".ts", ".mts", ".tsx", ".jsx", ".yml", ".yaml", ".json", ".toml"];

    public static Qualifier? Judge(Artifact a, string lineText, bool implements, RepositoryLookup lookup)
    {
        var tokens = PhraseNormalizer.Tokenize(lineText);
        var files = lookup.FilesNamed(a.Name);

        // ".env files in .gitignore" claims the file is ignored, which git-env-ignored judges; only the ignore file
        // itself is a named artifact of such a line.
        if (tokens.Any(IgnoreWords.Contains) && !RepositoryLookup.NameOf(a.Name).Equals(".gitignore", StringComparison.Ordinal))
        {
            return null;
        }

        if (a.ClaimsAbsent)
        {
            // "No .env committed": only a line about the file being in the repository is about its absence; "removed
            // debug code from app.py" is about the file's contents.
            if (!tokens.Any(RepositoryWords.Contains) || a.Name.EndsWith('/'))
            {
                return null;
            }

            return files.Count > 0
                ? new("file", a.Name, Verdict.Unmet, [ArtifactJudge.Searched(Outcome.Fail, $"{files[0].Path} is in the repository")], $"the line says {a.Name} is not in the repository, yet {files[0].Path} is")
                : new("file", a.Name, Verdict.Met, [ArtifactJudge.Searched(Outcome.Pass, $"no file named {a.Name} among {lookup.Workspace.Files.Count} files")], $"no {a.Name} in the repository");
        }

        if (files.Count > 0)
        {
            return Present(a, files[0], lineText, implements, lookup);
        }

        var stand = StandIn(a.Name, lookup);
        if (stand is not null)
        {
            return Present(a, stand, lineText, implements, lookup) is var q && q.Verdict == Verdict.Met ? q with { Reason = $"{stand.Path} stands in for {a.Name}" } : q;
        }

        if (tokens.Any(GeneratedWords.Contains) || SkippedFolders.InSkippedFolder(a.Name.TrimEnd('/') + "/"))
        {
            return new("file", a.Name, Verdict.Unknown, [], $"no {a.Name} in the repository, but the line says it is generated, or it lives where the scan does not look");
        }

        var ignored = lookup.IgnoredBy(a.Name.TrimEnd('/'));
        var why = ignored is null
            ? $"no file named {a.Name} among the {lookup.Workspace.Files.Count} files scanned"
            : $"{a.Name} is ignored by git ({ignored}), so it is not in the repository";
        return new("file", a.Name, Verdict.Unmet, [ArtifactJudge.Searched(Outcome.Fail, why)], why);
    }

    private static Qualifier Present(Artifact a, WorkspaceFile file, string lineText, bool implements, RepositoryLookup lookup)
    {
        var (used, why) = implements ? ModuleImports.Of(file, lookup) : (null, "");
        if (used == false)
        {
            return new("file", a.Name, Verdict.Unmet, [ArtifactJudge.At(new CodeHit(file.Path, 1, ""), Outcome.Fail, "never imported")], why);
        }

        return used == true
            ? new("file", a.Name, Verdict.Met, [ArtifactJudge.At(new CodeHit(file.Path, 0, ""), Outcome.Pass, why)], why)
            : new("file", a.Name, Verdict.Met, [ArtifactJudge.At(new CodeHit(file.Path, 0, ""), Outcome.Pass, $"{file.Path} is in the repository")], $"{file.Path} is in the repository")
            {
                StandsForLine = IsSubject(a.Name, lineText),
            };
    }

    /// <summary>The line is about the file when it opens with it ("`vercel.json` configured", "Makefile for common tasks").</summary>
    private static bool IsSubject(string name, string lineText)
    {
        var at = lineText.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && at <= 12;
    }

    /// <summary>
    /// What may stand in for a named file: the same name elsewhere (a path written from another folder), the same stem
    /// under a sibling extension (next.config.ts for next.config.js), any env template for an env template, or a
    /// module with the file's stem that generates it (robots.ts for robots.txt).
    /// </summary>
    private static WorkspaceFile? StandIn(string name, RepositoryLookup lookup)
    {
        var bare = RepositoryLookup.NameOf(name.TrimEnd('/'));
        if (bare != name && lookup.FilesNamed(bare) is [var elsewhere, ..])
        {
            return elsewhere;
        }

        var dot = bare.LastIndexOf('.');
        var stem = dot > 0 ? bare[..dot] : bare;
        var template = bare.StartsWith(".env", StringComparison.OrdinalIgnoreCase) && IsTemplate(bare);
        return lookup.Workspace.Files.FirstOrDefault(f =>
        {
            var other = RepositoryLookup.NameOf(f.Path);
            var otherDot = other.LastIndexOf('.');
            var otherStem = otherDot > 0 ? other[..otherDot] : other;
            return (template && other.Contains("env", StringComparison.OrdinalIgnoreCase) && IsTemplate(other))
                || (otherStem.Equals(stem, StringComparison.OrdinalIgnoreCase) && otherDot > 0 && SiblingExtensions.Contains(other[otherDot..], StringComparer.OrdinalIgnoreCase) && dot > 0);
        });
    }

    private static bool IsTemplate(string name) =>
        name.Contains("example", StringComparison.OrdinalIgnoreCase) || name.Contains("sample", StringComparison.OrdinalIgnoreCase)
        || name.Contains("template", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".dist", StringComparison.OrdinalIgnoreCase);
}
