using LibGit2Sharp;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Serilog;

namespace Scanner.Core.Git;

/// <summary>
/// Walks the commits reachable from HEAD, oldest first, diffing each against its first parent. Every new blob is
/// read once; the detector runs on its text, and only secrets on lines that commit added are kept, so a secret
/// is reported once, at the commit that introduced it. Secret files (.env, keys) are noted when added.
/// </summary>
public static class GitHistoryScanner
{
    /// <summary>True when <paramref name="revision"/> names a commit of the repository holding <paramref name="root"/>.</summary>
    public static bool Resolves(string root, string revision)
    {
        try
        {
            var gitDir = Repository.Discover(root);
            if (gitDir is null)
            {
                return false;
            }

            using var repo = new Repository(gitDir);
            return Resolve(repo, revision) is not null;
        }
        catch (Exception e) when (e is LibGit2SharpException or DllNotFoundException or TypeInitializationException or IOException)
        {
            return false;
        }
    }

    public static GitHistoryScan Scan(string root, HistoryOptions options, long maxBlobBytes, ILogger log)
    {
        try
        {
            var gitDir = Repository.Discover(root);
            if (gitDir is null)
            {
                return GitHistoryScan.Failed("not a git repository");
            }

            using var repo = new Repository(gitDir);
            return repo.Info.WorkingDirectory is null
                ? GitHistoryScan.Failed("a bare repository has no working tree to relate history to")
                : new Walk(repo, Prefix(repo, root), maxBlobBytes, log).Run(options);
        }
        catch (Exception e) when (e is LibGit2SharpException or DllNotFoundException or TypeInitializationException or IOException)
        {
            log.Warning("Git history unavailable for {Root}: {Reason}", root, e.Message);
            return GitHistoryScan.Failed($"git history could not be read: {e.GetType().Name}");
        }
    }

    internal static Commit? Resolve(Repository repo, string revision)
    {
        try
        {
            return repo.Lookup(revision) switch
            {
                Commit commit => commit,
                TagAnnotation tag => tag.Target as Commit,
                _ => null,
            };
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    private static string Prefix(Repository repo, string root)
    {
        var prefix = Path.GetRelativePath(repo.Info.WorkingDirectory, root).Replace('\\', '/');
        return prefix == "." ? "" : prefix + "/";
    }

    private sealed class Walk(Repository repo, string prefix, long maxBlobBytes, ILogger log)
    {
        private readonly HashSet<ObjectId> _seen = [];
        private readonly HashSet<string> _filesSeen = new(StringComparer.Ordinal);
        private readonly List<HistorySecret> _secrets = [];
        private readonly List<HistoryFile> _files = [];
        private readonly Dictionary<string, string?> _headText = new(StringComparer.Ordinal);
        private int _blobs;

        public GitHistoryScan Run(HistoryOptions options)
        {
            if (repo.Head.Tip is not { } head)
            {
                return new GitHistoryScan(0, 0, [], [], null);
            }

            var filter = new CommitFilter { IncludeReachableFrom = head, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse };
            if (options.Since is { } since)
            {
                if (Resolve(repo, since) is not { } stop)
                {
                    return GitHistoryScan.Failed($"--since {since}: no such revision");
                }

                filter.ExcludeReachableFrom = stop;
            }

            var commits = 0;
            var total = options.Progress is null ? 0 : repo.Commits.QueryBy(filter).Count();
            foreach (var commit in repo.Commits.QueryBy(filter))
            {
                commits++;
                Visit(commit, head);
                options.Progress?.Invoke(commits, total);
            }

            log.Debug("History: {Commits} commit(s), {Blobs} new blob(s) read, {Secrets} secret(s), {Files} secret file(s)",
                commits, _blobs, _secrets.Count, _files.Count);
            return new GitHistoryScan(commits, _blobs, _secrets, _files, null);
        }

        private void Visit(Commit commit, Commit head)
        {
            var parent = commit.Parents.FirstOrDefault();
            var at = new HistoryCommit(commit.Sha, commit.Author.When);
            foreach (var change in repo.Diff.Compare<TreeChanges>(parent?.Tree, commit.Tree))
            {
                if (change.Status is ChangeKind.Deleted or ChangeKind.Unmodified || change.Mode == Mode.GitLink
                    || !change.Path.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var path = change.Path.Replace('\\', '/')[prefix.Length..];
                if (SkippedFolders.InSkippedFolder(path) || !_seen.Add(change.Oid))
                {
                    continue;
                }

                var blob = repo.Lookup<Blob>(change.Oid);
                var text = Text(blob, at, path);
                NoteSecretFile(at, path, change.Path, text, head);
                if (text is not null)
                {
                    Detect(commit, parent, at, path, change.Path, text, head);
                }
            }
        }

        private string? Text(Blob? blob, HistoryCommit at, string path)
        {
            if (blob is null || blob.IsBinary)
            {
                return null;
            }

            if (blob.Size > maxBlobBytes)
            {
                log.Debug("History {Commit} {Path}: {Size} bytes is above the size cap; not searched", at.ShortSha, path, blob.Size);
                return null;
            }

            _blobs++;
            var decoded = TextDecoder.Decode(ReadAll(blob));
            return decoded.IsBinary ? null : decoded.Text;
        }

        private static byte[] ReadAll(Blob blob)
        {
            using var stream = blob.GetContentStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        private void NoteSecretFile(HistoryCommit at, string path, string repoPath, string? text, Commit head)
        {
            if (SecretFiles.Classify(path, text) is { } kind && _filesSeen.Add(path))
            {
                _files.Add(new HistoryFile(at, path, kind, head[repoPath] is not null));
            }
        }

        private void Detect(Commit commit, Commit? parent, HistoryCommit at, string path, string repoPath, string text, Commit head)
        {
            var scan = SecretDetector.Detect(path, text, LanguageDetector.Detect(path));
            if (scan.SkipReason is not null)
            {
                log.Debug("History {Commit} {Path}: not searched for secrets: {Reason}", at.ShortSha, path, scan.SkipReason);
            }

            if (scan.Secrets.Count == 0 && scan.Rejections.Count == 0)
            {
                return;
            }

            var document = new SourceDocument(path, text);
            foreach (var rejection in scan.Rejections)
            {
                log.Debug("History {Commit} {Path}:{Line}: {Kind} candidate not reported: {Reason}",
                    at.ShortSha, path, document.Text.LineOf(rejection.ValueStart), rejection.Kind.Id, rejection.Reason);
            }

            if (scan.Secrets.Count == 0)
            {
                return;
            }

            var added = AddedLines(parent, commit, repoPath);
            foreach (var secret in scan.Secrets)
            {
                var line = document.Text.LineOf(secret.Match.ValueStart);
                if (!added.Contains(line))
                {
                    continue;
                }

                var value = text.Substring(secret.Match.ValueStart, secret.Match.ValueLength);
                var inHead = HeadText(head, repoPath)?.Contains(value, StringComparison.Ordinal) == true;
                _secrets.Add(new HistorySecret(at, document, secret, inHead));
            }
        }

        private HashSet<int> AddedLines(Commit? parent, Commit commit, string repoPath)
        {
            var patch = repo.Diff.Compare<Patch>(parent?.Tree, commit.Tree, [repoPath], new ExplicitPathsOptions(), new CompareOptions { ContextLines = 0 });
            return patch[repoPath] is { } entry ? [.. entry.AddedLines.Select(l => l.LineNumber)] : [];
        }

        private string? HeadText(Commit head, string repoPath)
        {
            if (!_headText.TryGetValue(repoPath, out var text))
            {
                var blob = head[repoPath]?.Target as Blob;
                text = blob is null || blob.IsBinary || blob.Size > maxBlobBytes ? null : blob.GetContentText();
                _headText[repoPath] = text;
            }

            return text;
        }
    }
}
