using LibGit2Sharp;

namespace Scanner.Tests.Support;

/// <summary>A throw-away git repository built by a test, one commit a call, each a day after the last.</summary>
internal sealed class GitRepo : IDisposable
{
    private readonly TempTree _tree = new();
    private readonly Repository _repo;
    private DateTimeOffset _when = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public GitRepo()
    {
        Repository.Init(_tree.Root);
        _repo = new Repository(_tree.Root);
    }

    public string Root => _tree.Root;

    /// <summary>Writes (or, for a null content, deletes) the files, stages them even when ignored, and commits.</summary>
    public string Commit(string message, params (string Path, string? Content)[] changes)
    {
        foreach (var (path, content) in changes)
        {
            if (content is null)
            {
                Commands.Remove(_repo, path);
            }
            else
            {
                _tree.Write(path, content);
                Commands.Stage(_repo, path, new StageOptions { IncludeIgnored = true });
            }
        }

        var author = new Signature("ReadyScan Tests", "tests@readyscan.invalid", _when);
        _when = _when.AddDays(1);
        return _repo.Commit(message, author, author).Sha;
    }

    public void Dispose()
    {
        _repo.Dispose();
        _tree.Dispose();
    }
}
