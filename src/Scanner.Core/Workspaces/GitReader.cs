using LibGit2Sharp;
using Scanner.Core.Model;
using Serilog;

namespace Scanner.Core.Workspaces;

/// <summary>Reads git facts through LibGit2Sharp; any failure leaves the scan without git facts and says why.</summary>
internal static class GitReader
{
    public static GitFacts Read(string root, ILogger log, ICollection<ScanNote> notes)
    {
        try
        {
            var gitDir = Repository.Discover(root);
            if (gitDir is null)
            {
                return GitFacts.None;
            }

            using var repo = new Repository(gitDir);
            if (repo.Info.IsBare || repo.Info.WorkingDirectory is null)
            {
                return GitFacts.None;
            }

            var prefix = Path.GetRelativePath(repo.Info.WorkingDirectory, root).Replace('\\', '/');
            prefix = prefix == "." ? "" : prefix + "/";
            var tracked = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in repo.Index)
            {
                var path = entry.Path.Replace('\\', '/');
                if (path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    tracked.Add(path[prefix.Length..]);
                }
            }

            var head = repo.Head.Tip?.Sha;
            return new GitFacts(true, head, repo.Head.FriendlyName, tracked);
        }
        catch (Exception e) when (e is LibGit2SharpException or DllNotFoundException or TypeInitializationException or IOException)
        {
            log.Warning("Git facts unavailable for {Root}: {Reason}", root, e.Message);
            notes.Add(new ScanNote("", "git-unavailable", $"git facts could not be read: {e.GetType().Name}"));
            return GitFacts.None;
        }
    }
}
