using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// Answers what a checklist line's named artifacts need from the scanned tree: files by name, text in first-party
/// code outside comments and tests, and who imports a module. Every answer reads the workspace the probes already
/// read (one read per file), and lookups are cached, so a long checklist that names the same thing twice pays once.
/// </summary>
public sealed class RepositoryLookup(Workspace workspace)
{
    private const int MaxHits = 20;
    private readonly Dictionary<string, IReadOnlyList<CodeHit>> _hits = new(StringComparer.Ordinal);
    private IReadOnlyList<SourceDocument>? _code;
    private IReadOnlyList<SourceDocument>? _nonDocs;

    public Workspace Workspace { get; } = workspace;

    /// <summary>Files whose path ends with the name (a path), whose name is it (a bare name, any case), or under it (a folder).</summary>
    public IReadOnlyList<WorkspaceFile> FilesNamed(string name)
    {
        var folder = name.EndsWith('/');
        var bare = !name.TrimEnd('/').Contains('/', StringComparison.Ordinal);
        return
        [
            .. Workspace.Files.Where(f => folder
                ? f.Path.StartsWith(name, StringComparison.Ordinal) || f.Path.Contains("/" + name, StringComparison.Ordinal)
                : bare ? string.Equals(NameOf(f.Path), name, StringComparison.OrdinalIgnoreCase)
                : f.Path == name || f.Path.EndsWith("/" + name, StringComparison.Ordinal)),
        ];
    }

    /// <summary>First-party source files (not tests, docs, data or env files), read once and kept for the next lookup.</summary>
    public IReadOnlyList<SourceDocument> CodeFiles() => _code ??=
    [
        .. Workspace.Files
            .Where(f => IsCode(LanguageDetector.Detect(f.Path)) && !IsTest(f.Path))
            .Select(Workspace.Read)
            .OfType<SourceDocument>(),
    ];

    /// <summary>
    /// Lines holding <paramref name="needle"/> outside comments, at most a few: in the files named
    /// <paramref name="inFile"/> when the line names one, else in first-party code; cached by needle and file.
    /// </summary>
    public IReadOnlyList<CodeHit> Find(string needle, string? inFile)
    {
        var key = needle + "\n" + inFile;
        if (_hits.TryGetValue(key, out var cached))
        {
            return cached;
        }

        IReadOnlyList<SourceDocument> where = inFile is null ? CodeFiles() : [.. FilesNamed(inFile).Select(Workspace.Read).OfType<SourceDocument>()];
        var hits = new List<CodeHit>();
        foreach (var doc in where)
        {
            for (var at = doc.Content.IndexOf(needle, StringComparison.Ordinal); at >= 0 && hits.Count < MaxHits; at = doc.Content.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
            {
                if (doc.Regions.KindAt(at) != RegionKind.Comment)
                {
                    var line = doc.Text.LineOf(at);
                    hits.Add(CodeHit.OfLine(doc, line));
                }
            }
        }

        return _hits[key] = hits;
    }

    /// <summary>Readable files outside documentation (Markdown, text, HTML): code, manifests, compose files, config, env templates.</summary>
    public IReadOnlyList<SourceDocument> NonDocumentation() => _nonDocs ??=
    [
        .. Workspace.Files.Where(f => !IsDocumentation(f.Path)).Select(Workspace.Read).OfType<SourceDocument>(),
    ];

    /// <summary>The first place in <see cref="NonDocumentation"/>, outside comments, where any of the words occurs (any case); cached by the words.</summary>
    public CodeHit? FirstTrace(IReadOnlyList<string> words)
    {
        var key = "\u0001" + string.Join('\u0001', words);
        if (_hits.TryGetValue(key, out var cached))
        {
            return cached.Count > 0 ? cached[0] : null;
        }

        foreach (var doc in NonDocumentation())
        {
            var at = words.Select(w => FirstOutsideComments(doc, w)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (at >= 0)
            {
                var line = doc.Text.LineOf(at);
                var hit = CodeHit.OfLine(doc, line);
                _hits[key] = [hit];
                return hit;
            }
        }

        _hits[key] = [];
        return null;
    }

    /// <summary>Whether a git ignore rule keeps the path out of the repository.</summary>
    public string? IgnoredBy(string path) => Workspace.IgnoredBy(path) is { } match ? $"{match.Source}:{match.Line}" : null;

    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static bool IsTest(string path)
    {
        var lower = path.ToLowerInvariant();
        var name = NameOf(lower);
        return lower.Split('/').SkipLast(1).Any(s => s is "test" or "tests" or "__tests__" or "spec" or "specs" or "e2e" or "cypress")
            || name.Contains(".test.", StringComparison.Ordinal) || name.Contains(".spec.", StringComparison.Ordinal)
            || name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal) || name == "conftest.py";
    }

    // "use Redis in production" in a comment is a note, not a trace of use.
    private static int FirstOutsideComments(SourceDocument doc, string word)
    {
        for (var at = doc.Content.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = doc.Content.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (doc.Regions.KindAt(at) != RegionKind.Comment)
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsDocumentation(string path)
    {
        var name = NameOf(path).ToLowerInvariant();
        var extension = Path.GetExtension(name);
        return extension is ".md" or ".mdx" or ".markdown" or ".rst" or ".adoc" or ".html" or ".htm" or ".pdf" or ".csv" or ".log"
            || (extension == ".txt" && !name.StartsWith("requirements", StringComparison.Ordinal) && !name.StartsWith("constraints", StringComparison.Ordinal))
            || name.StartsWith("license", StringComparison.Ordinal) || name.StartsWith("changelog", StringComparison.Ordinal);
    }

    private static bool IsCode(Language language) => language is Language.JavaScript or Language.Python or Language.CSharp;
}
