using System.Text.RegularExpressions;
using Scanner.Checklist.Loading;
using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Claims;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Claims;

/// <summary>
/// The npm packages ticked checklist lines say the project uses: install commands and package-like names in code
/// spans, and the well-known package names of <see cref="KnownPackages"/> in prose. A name in a clause that says
/// it is gone ("replaced winston", "no lodash") is not a claim that it is there, so it is left out.
/// </summary>
public static partial class PackageClaims
{
    private static readonly HashSet<string> NodeBuiltins = new(StringComparer.Ordinal)
    {
        "assert", "buffer", "child_process", "cluster", "crypto", "dns", "events", "fs", "http", "http2", "https", "net",
        "os", "path", "perf_hooks", "process", "querystring", "readline", "stream", "timers", "tls", "url", "util", "v8",
        "vm", "worker_threads", "zlib",
    };

    public static IReadOnlyList<ClaimedPackage> From(IEnumerable<ChecklistFile> files) =>
    [
        .. files.SelectMany(f => f.Document.Items)
            .Where(i => i is { Claim: Claim.Done, IsCriterion: false })
            .SelectMany(In),
    ];

    /// <summary>Claims of the checklists found in the workspace, attached for the probes (fixtures, <c>rules test</c>).</summary>
    public static void AttachDiscovered(Workspace workspace) => ClaimedPackages.Attach(workspace, From(ChecklistLoader.Load(workspace, [])));

    public static IEnumerable<ClaimedPackage> In(ChecklistItem item)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var packageWords = PackageWords().IsMatch(item.Text);
        foreach (var span in item.CodeSpans)
        {
            foreach (var name in NamesIn(span, packageWords))
            {
                if (!Negated(item.Text, item.Text.IndexOf(span, StringComparison.Ordinal)) && seen.Add(name))
                {
                    yield return new ClaimedPackage(name, KnownPackages.Accepts(name) ?? [name], item.File, item.Line, item.Text);
                }
            }
        }

        foreach (var bare in KnownPackages.BareName().Matches(item.Text).Select(m => m.Groups["name"]))
        {
            if (!Negated(item.Text, bare.Index) && seen.Add(bare.Value))
            {
                yield return new ClaimedPackage(bare.Value, KnownPackages.Accepts(bare.Value)!, item.File, item.Line, item.Text);
            }
        }
    }

    private static IEnumerable<string> NamesIn(string span, bool packageWords)
    {
        if (InstallCommand().Match(span) is { Success: true } install)
        {
            return install.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(a => !a.StartsWith('-'))
                .Select(WithoutVersion)
                .Where(IsPackageName);
        }

        var name = span.EndsWith("()", StringComparison.Ordinal) ? span[..^2] : span;
        var claimed = IsPackageName(name)
            && (name.StartsWith('@') || KnownPackages.Accepts(name) is not null || (packageWords && !name.Contains('.')));
        return claimed ? [name] : [];
    }

    private static string WithoutVersion(string arg)
    {
        var at = arg.LastIndexOf('@');
        return at > 0 ? arg[..at] : arg;
    }

    private static bool IsPackageName(string name) =>
        name.Length <= 214 && NpmName().IsMatch(name) && !NodeBuiltins.Contains(name) && !name.StartsWith("node:", StringComparison.Ordinal);

    /// <summary>Whether the clause holding position <paramref name="at"/> says the thing is absent or gone.</summary>
    private static bool Negated(string text, int at)
    {
        if (at < 0)
        {
            return false;
        }

        var start = text.LastIndexOfAny([',', ';', '(', ')'], at) + 1;
        var end = text.IndexOfAny([',', ';', '(', ')'], at);
        return Negation().IsMatch(text.AsSpan(start, (end < 0 ? text.Length : end) - start));
    }

    [GeneratedRegex(@"^(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex NpmName();

    [GeneratedRegex(@"^(?:npm (?:i|install|add)|yarn add|pnpm (?:add|i|install)|bun (?:add|i|install)) (?<args>.+)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex InstallCommand();

    [GeneratedRegex(@"\b(?:package|packages|library|libraries|dependency|dependencies|npm|installed|middleware)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PackageWords();

    [GeneratedRegex(
        @"\b(?:no|not|never|without|instead of|removed?|replaced?|dropped|drop|uninstalled?|deprecated|banned|avoid(?:ed)?|migrated (?:away )?from|switched from|moved off)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
