using System.Collections.Concurrent;
using Scanner.Core.Git;
using Scanner.Core.Model;
using Serilog;

namespace Scanner.Core.Workspaces;

/// <summary>
/// The target as probes see it: the file list (walked once), each file's text (read and decoded once, cached),
/// git facts, and notes about everything passed over. Safe to share between probes running in parallel.
/// </summary>
public sealed class Workspace
{
    private readonly ConcurrentDictionary<string, Lazy<SourceDocument?>> _documents;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<WorkspaceFile>>> _selections = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<ScanNote> _readNotes;
    private readonly IReadOnlyList<ScanNote> _walkNotes;
    private readonly Dictionary<string, WorkspaceFile> _byPath;
    private readonly ILogger _log;
    private readonly Lazy<GitHistoryScan?> _history;
    private readonly long _maxFileSize;
    private readonly Lazy<(IReadOnlyList<GeneratedFile> Generated, Workspace OwnCode)> _ownCode;

    private Workspace(string root, IReadOnlyList<WorkspaceFile> files, IReadOnlyList<ScanNote> walkNotes, GitFacts git, WorkspaceOptions options, ILogger log)
    {
        Root = root;
        _maxFileSize = options.MaxFileSize;
        Files = files;
        _walkNotes = walkNotes;
        Git = git;
        _log = log;
        _byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _documents = new(StringComparer.Ordinal);
        _readNotes = [];
        _history = new Lazy<GitHistoryScan?>(
            () => options.History is { } history && git.IsRepository ? GitHistoryScanner.Scan(root, history, options.MaxFileSize, log) : null,
            LazyThreadSafetyMode.ExecutionAndPublication);
        _ownCode = new(ClassifyGenerated, LazyThreadSafetyMode.ExecutionAndPublication);
        Whole = this;
    }

    /// <summary>The same target without the generated and vendored files, sharing the read cache, notes and history.</summary>
    private Workspace(Workspace all, IReadOnlyList<WorkspaceFile> files)
    {
        Root = all.Root;
        _maxFileSize = all._maxFileSize;
        Files = files;
        _walkNotes = all._walkNotes;
        Git = all.Git;
        _log = all._log;
        _byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _documents = all._documents;
        _readNotes = all._readNotes;
        _history = all._history;
        _ownCode = all._ownCode;
        Whole = all;
    }

    /// <summary>
    /// The workspace with every file: itself, or the one this view of the team's own code was made from. What is
    /// attached to a scan (claimed packages, the inspected image) and what describes the whole repository (its
    /// components, its ignore file) belongs to it.
    /// </summary>
    public Workspace Whole { get; }

    public string Root { get; }

    /// <summary>The size cap every file read for this scan is held to (<c>--max-file-size</c>).</summary>
    public long MaxFileSize => _maxFileSize;

    public IReadOnlyList<WorkspaceFile> Files { get; }

    public GitFacts Git { get; }

    /// <summary>
    /// The commit history scan, run once on first use by whichever probe asks; null when history was not requested
    /// (<c>--history</c>) or the target is not a repository.
    /// </summary>
    public GitHistoryScan? History => _history.Value;

    /// <summary>The files <see cref="GeneratedCode"/> classes as generated or vendored, in path order; classified once, on first use.</summary>
    public IReadOnlyList<GeneratedFile> Generated => _ownCode.Value.Generated;

    /// <summary>
    /// What code probes judge: this workspace without its generated and vendored files (the same instance when there
    /// are none). Secrets probes read the whole workspace.
    /// </summary>
    public Workspace OwnCode => _ownCode.Value.OwnCode;

    /// <summary>Everything passed over so far, sorted by path then kind.</summary>
    public IReadOnlyList<ScanNote> Notes =>
        [.. _walkNotes.Concat(_readNotes).Distinct().OrderBy(n => n.Path, StringComparer.Ordinal).ThenBy(n => n.Kind, StringComparer.Ordinal).ThenBy(n => n.Line)];

    /// <summary>How many files were read as text; a file that was never needed by a probe is not counted.</summary>
    public int DocumentsRead => _documents.Values.Count(d => d.IsValueCreated && d.Value is not null);

    public static Workspace Open(string root, WorkspaceOptions options, ILogger log)
    {
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"no such directory: {root}");
        }

        var allNotes = new List<ScanNote>();
        var git = options.Git ?? (options.ReadGit ? GitReader.Read(full, log, allNotes) : GitFacts.None);
        if (options.Exclude.Count > 0)
        {
            // An excluded path is out of the scan for every probe, the ones reading git's index included.
            git = git with { TrackedFiles = git.TrackedFiles.Where(p => !IsExcluded(p, options)).ToHashSet(StringComparer.Ordinal) };
        }

        var (files, notes) = new FileWalker(full, options, git.TrackedFiles).Walk();
        allNotes.AddRange(notes);
        log.Debug("Workspace {Root}: {Count} files, {Notes} passed over", full, files.Count, allNotes.Count);
        return new Workspace(full, files, allNotes, git, options, log);
    }

    /// <summary>Records a file that was read but could not be fully judged, e.g. a pattern that ran out of time on it.</summary>
    public void AddNote(ScanNote note) => _readNotes.Add(note);

    public WorkspaceFile? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>Whether an <c>--exclude</c> glob matches the path or one of its folders.</summary>
    private static bool IsExcluded(string path, WorkspaceOptions options)
    {
        for (var end = path.Length; end > 0; end = path.LastIndexOf('/', end - 1))
        {
            var prefix = path[..end];
            if (options.Exclude.Any(g => g.IsMatch(prefix)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The .gitignore line that ignores <paramref name="path"/> (the last matching rule wins, as in git), or null
    /// when no rule ignores it. Reads .git/info/exclude and every .gitignore from the root down to the path's folder.
    /// </summary>
    public GitIgnoreMatch? IgnoredBy(string path)
    {
        var ignore = GitIgnore.Empty;
        var exclude = Path.Combine(Root, ".git", "info", "exclude");
        ignore = ignore.With("", FileWalker.ReadSmallText(exclude), ".git/info/exclude");
        var folders = path.Split('/');
        var dir = "";
        for (var i = 0; i < folders.Length; i++)
        {
            var source = dir.Length == 0 ? ".gitignore" : dir + "/.gitignore";
            ignore = ignore.With(dir, FileWalker.ReadSmallText(Path.Combine(Root, source)), source);
            dir = dir.Length == 0 ? folders[i] : dir + "/" + folders[i];
        }

        return ignore.Match(path, isDirectory: false);
    }

    /// <summary>The file's text, or null when it cannot be read as text (a note says why).</summary>
    public SourceDocument? Read(WorkspaceFile file) =>
        _documents.GetOrAdd(file.Path, _ => new Lazy<SourceDocument?>(() => Load(file))).Value;

    public SourceDocument? Read(string path) => Find(path) is { } file ? Read(file) : null;

    /// <summary>
    /// Forgets a file's cached text once the probes are done with it, so it is not held through what follows; a
    /// later <see cref="Read(WorkspaceFile)"/> reads the file again. A walked checklist is read for its lines and by
    /// the probes, and judging its lines needs neither its text nor its line index: of a million-line one, about
    /// 40 MB that would otherwise stay alive through reconciliation and reporting.
    /// </summary>
    public void Release(string path) => _documents.TryRemove(path, out _);

    /// <summary>
    /// The files a path filter selects, in path order, computed once per <paramref name="key"/>: probes whose cards
    /// share a filter (every JavaScript probe selects the same files) share the selection instead of each testing
    /// every path against every glob.
    /// </summary>
    public IReadOnlyList<WorkspaceFile> Select(string key, Func<string, bool> filter) =>
        _selections.GetOrAdd(key, _ => new Lazy<IReadOnlyList<WorkspaceFile>>(() => [.. Files.Where(f => filter(f.Path))])).Value;

    /// <summary>
    /// Reads and decodes every file once, in parallel over files, before the probes share them: the read cost is
    /// paid on all cores instead of inside whichever probe asks first. Returns the files read as text and their
    /// size in characters.
    /// </summary>
    public (int Files, long Chars) ReadAll(ParallelOptions parallel)
    {
        Parallel.ForEach(Files, parallel, file => Read(file));
        var docs = _documents.Values.Where(d => d.IsValueCreated && d.Value is not null).Select(d => d.Value!).ToList();
        return (docs.Count, docs.Sum(d => (long)d.Content.Length));
    }

    private (IReadOnlyList<GeneratedFile>, Workspace) ClassifyGenerated()
    {
        var generated = new List<GeneratedFile>();
        var own = new List<WorkspaceFile>(Files.Count);
        foreach (var file in Files)
        {
            if (GeneratedCode.Classify(file.Path, () => Read(file)?.Content) is { } kind)
            {
                generated.Add(new GeneratedFile(file.Path, kind));
            }
            else
            {
                own.Add(file);
            }
        }

        return generated.Count == 0 ? ([], this) : (generated, new Workspace(this, own));
    }

    private SourceDocument? Load(WorkspaceFile file)
    {
        // A FIFO or device node reports length 0 like an empty file, and opening one can block forever: a
        // zero-length file is never opened, its text is empty either way.
        if (file.Size == 0)
        {
            return new SourceDocument(file.Path, "");
        }

        byte[] bytes;
        try
        {
            bytes = GuardedFile.ReadBounded(file.FullPath, _maxFileSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.Warning("Cannot read {Path}: {Reason}", file.Path, e.Message);
            _readNotes.Add(new ScanNote(file.Path, "unreadable", $"file could not be read: {e.GetType().Name}"));
            return null;
        }

        if (bytes.Length > _maxFileSize)
        {
            _readNotes.Add(new ScanNote(file.Path, "too-large", "file grew above the size cap while the scan ran; not read"));
            return null;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.IsBinary)
        {
            _readNotes.Add(new ScanNote(file.Path, "binary", "file holds NUL bytes; not read as text"));
            return null;
        }

        if (decoded.HadInvalidBytes)
        {
            var kind = decoded.Encoding == "UTF-8" ? "invalid-utf8" : "invalid-" + decoded.Encoding.ToLowerInvariant();
            _readNotes.Add(new ScanNote(file.Path, kind, $"invalid {decoded.Encoding} bytes were replaced with U+FFFD; the rest was scanned"));
        }

        return new SourceDocument(file.Path, decoded.Text);
    }
}
