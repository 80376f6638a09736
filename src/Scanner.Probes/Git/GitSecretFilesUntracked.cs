using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;

namespace Scanner.Probes.Git;

/// <summary>
/// No .env, key or credential file is in git's index (tracked), even when .gitignore lists it: ignore rules do
/// not untrack a file. With --history, such files committed earlier and removed since fail too.
/// </summary>
public sealed class GitSecretFilesUntracked : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var workspace = context.Workspace;
        if (!workspace.Git.IsRepository)
        {
            return [context.NotApplicable("not a git repository: nothing is tracked")];
        }

        var findings = new List<Finding>();
        foreach (var path in workspace.Git.TrackedFiles.Order(StringComparer.Ordinal))
        {
            var text = path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) ? workspace.Read(path)?.Content : null;
            if (SecretFiles.Classify(path, text) is not { } kind)
            {
                continue;
            }

            var rule = workspace.IgnoredBy(path);
            var why = rule is null
                ? "is tracked by git"
                : $"is tracked by git although {rule.Source}:{rule.Line} ({rule.Pattern}) ignores it: ignore rules do not untrack files";
            findings.Add(context.AtFile(Outcome.Fail, path, $"{kind} {why}; run 'git rm --cached {path}' and rotate what it holds"));
        }

        var history = History(context, findings);
        if (findings.Count == 0)
        {
            // The ignore file is what keeps such files out; without one, the pass stands on the tracked files themselves.
            IEnumerable<string> at = workspace.Find(".gitignore") is not null ? [".gitignore"] : workspace.Git.TrackedFiles;
            findings.Add(context.Searched(at, $"no .env, key or credential file among {workspace.Git.TrackedFiles.Count} tracked file(s){history}"));
        }

        return findings;
    }

    /// <summary>With --history: fails for secret files a commit added that the index no longer holds; returns a note for the pass message.</summary>
    private static string History(ProbeContext context, List<Finding> findings)
    {
        if (context.Workspace.History is not { } history)
        {
            return "";
        }

        if (history.Error is { } error)
        {
            findings.Add(context.Inconclusive($"history not scanned: {error}"));
            return "";
        }

        foreach (var file in history.Files.Where(f => !context.Workspace.Git.TrackedFiles.Contains(f.Path)))
        {
            findings.Add(context.AtFile(Outcome.Fail, file.Path,
                $"{file.Kind} committed in {file.Commit} and removed later: its contents stay in history; rotate every value in it and purge it from history"));
        }

        return $", nor in the {history.Commits} commit(s) of history";
    }
}
