using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Serilog;

namespace Scanner.Core.Engine;

/// <summary>
/// <c>.readyscanignore</c> at the target's root: one entry a line, a finding fingerprint (20 hex digits, as the
/// JSON report shows it) or a path glob, each optionally followed by <c># reason</c>. Matching failures are
/// suppressed, never dropped, with the file and line that suppressed them.
/// </summary>
public sealed partial class IgnoreFile
{
    public const string FileName = ".readyscanignore";

    private readonly Dictionary<string, (int Line, string Reason)> _fingerprints;
    private readonly List<(Glob Glob, int Line, string Reason)> _paths;

    private IgnoreFile(Dictionary<string, (int, string)> fingerprints, List<(Glob, int, string)> paths)
    {
        _fingerprints = fingerprints;
        _paths = paths;
    }

    private static readonly ConditionalWeakTable<Workspace, IgnoreFile> Loaded = [];

    public static IgnoreFile Empty { get; } = new([], []);

    public int Count => _fingerprints.Count + _paths.Count;

    /// <summary>The workspace's ignore file, parsed once per workspace however many probes ask (each probe does).</summary>
    public static IgnoreFile Load(Workspace workspace, ILogger log) =>
        Loaded.GetValue(workspace.Whole, w => w.Read(FileName) is { } doc ? Parse(doc.Content, log) : Empty);

    public static IgnoreFile Parse(string content, ILogger log)
    {
        var fingerprints = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        var paths = new List<(Glob, int, string)>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            var reason = hash >= 0 ? line[(hash + 2)..].Trim() : "";
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }

            if (FingerprintPattern().IsMatch(entry))
            {
                fingerprints[entry] = (i + 1, reason);
                continue;
            }

            // Glob accepts any text (it never throws), so no entry is rejected here.
            paths.Add((new Glob(entry), i + 1, reason));
        }

        return new IgnoreFile(fingerprints, paths);
    }

    /// <summary>The suppression a path glob gives this failure, or null.</summary>
    public Suppression? ForPath(Finding finding)
    {
        if (finding.Location?.Path is not { Length: > 0 } path || path == ".")
        {
            return null;
        }

        foreach (var (glob, line, reason) in _paths)
        {
            if (glob.IsMatch(path))
            {
                return new Suppression("readyscanignore", Why($"path {glob.Pattern}", reason), new SourceLocation(FileName, line));
            }
        }

        return null;
    }

    /// <summary>The suppression a listed fingerprint gives this failure, or null.</summary>
    public Suppression? ForFingerprint(Finding finding) =>
        _fingerprints.TryGetValue(finding.Fingerprint, out var entry)
            ? new Suppression("readyscanignore", Why("fingerprint", entry.Reason), new SourceLocation(FileName, entry.Line))
            : null;

    private static string Why(string what, string reason) => reason.Length > 0 ? $"{FileName} {what}: {reason}" : $"listed in {FileName} ({what})";

    [GeneratedRegex("^[0-9a-f]{20}$")]
    private static partial Regex FingerprintPattern();
}
