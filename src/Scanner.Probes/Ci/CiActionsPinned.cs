using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Ci;

/// <summary>Every third-party action or reusable workflow a GitHub workflow uses is pinned to a commit SHA, or at least a version tag.</summary>
public sealed partial class CiActionsPinned : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var workflows = CiFiles.Read(context, findings).Where(f => f.System == CiSystem.GitHubActions).ToList();
        var judged = findings.Count;
        foreach (var uses in workflows.SelectMany(CiCommands.Of).Where(c => c.Uses is not null && !c.Uses.StartsWith("./", StringComparison.Ordinal)))
        {
            var doc = uses.File.Doc;
            var reference = uses.Uses!;
            var at = reference.LastIndexOf('@');
            var version = at < 0 ? "" : reference[(at + 1)..];
            findings.Add(reference switch
            {
                _ when reference.StartsWith("docker://", StringComparison.Ordinal) && reference.Contains("@sha256:", StringComparison.Ordinal) => context.AtLine(Outcome.Pass, doc, uses.Line, $"{reference[..reference.IndexOf('@', StringComparison.Ordinal)]} is pinned by digest"),
                _ when reference.StartsWith("docker://", StringComparison.Ordinal) => context.AtLine(Outcome.Pass, doc, uses.Line, $"{reference} is a container action pinned by tag at most"),
                _ when Sha().IsMatch(version) => context.AtLine(Outcome.Pass, doc, uses.Line, $"{reference[..at]} is pinned to a commit SHA"),
                _ when Version().IsMatch(version) => context.AtLine(Outcome.Pass, doc, uses.Line, $"{reference[..at]} is pinned to version {version} (a commit SHA cannot be moved; a tag can)"),
                _ => context.AtLine(Outcome.Fail, doc, uses.Line, at < 0 ? $"{reference} has no version: it runs whatever its default branch holds" : $"{reference[..at]}@{version} follows a branch: its code can change under every run"),
            });
        }

        if (findings.Count == judged)
        {
            findings.Add(context.NotApplicable(workflows.Count == 0 ? "no GitHub Actions workflow" : "no workflow uses a third-party action"));
        }

        return findings;
    }

    [GeneratedRegex("^[0-9a-f]{40}$", RegexOptions.None)]
    private static partial Regex Sha();

    [GeneratedRegex(@"^v?[0-9]+(\.[0-9]+)*(-[0-9A-Za-z.]+)?$", RegexOptions.NonBacktracking)]
    private static partial Regex Version();
}
