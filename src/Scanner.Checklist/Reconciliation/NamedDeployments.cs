using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// The deployments a checklist document names itself (<c>kubectl apply -f k8s/prod.yaml</c>, <c>docker compose -f
/// docker-compose.production.yml up -d</c>, a table cell citing a manifest). Where a repository keeps several
/// deployments, the document saying which one it deploys settles the question <see cref="SeveralDeployments"/> leaves
/// open: a deployment probe's findings in the named deployments decide the document's lines, and a deployment probe
/// with nothing in them says nothing about those lines. A named compose file or Kubernetes manifest stands for itself,
/// not its folder as in <see cref="SeveralDeployments"/> (a folder often keeps other variants beside the one applied);
/// only paths that exist in the repository and hold findings count.
/// </summary>
public static partial class NamedDeployments
{
    /// <summary>Repository paths of YAML files the document names that exist in the workspace, sorted; empty when none.</summary>
    public static IReadOnlySet<string> In(ChecklistFile file, Workspace? workspace)
    {
        ArgumentNullException.ThrowIfNull(file);
        var named = new SortedSet<string>(StringComparer.Ordinal);
        if (workspace?.Read(file.Path) is not { } doc || !doc.Content.Contains(".y", StringComparison.Ordinal))
        {
            return named;
        }

        foreach (Match m in YamlPath().Matches(doc.Content))
        {
            var path = m.Value.TrimStart('.', '/');
            if (workspace.Find(path) is not null)
            {
                named.Add(path);
            }
        }

        return named;
    }

    /// <summary>
    /// The probes with each deployment probe kept to its findings in the named deployments; probes unchanged when the
    /// document names none that any deployment probe has findings in.
    /// </summary>
    public static IReadOnlyDictionary<string, ProbeResult> Only(IReadOnlyDictionary<string, ProbeResult> probes, IReadOnlySet<string> named)
    {
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentNullException.ThrowIfNull(named);
        if (named.Count == 0)
        {
            return probes;
        }

        // The named file itself, not its folder: a folder of manifests often keeps other variants beside the one applied.
        bool Inside(Finding f) => f.Location is { } l && named.Contains(l.Path);
        bool Decides(Finding f) => f.Outcome is Outcome.Pass or Outcome.Fail;
        var deployment = probes.Where(p => SeveralDeployments.UnitOf(p.Key) is not null).ToList();
        if (!deployment.Exists(p => p.Value.Findings.Any(f => Decides(f) && Inside(f))))
        {
            return probes;
        }

        var names = string.Join(", ", named.Take(3));
        return probes.ToDictionary(p => p.Key, p =>
        {
            if (SeveralDeployments.UnitOf(p.Key) is null || p.Value.Outcome is not (Outcome.Pass or Outcome.Fail))
            {
                return p.Value;
            }

            // A named manifest the probe could not read settles nothing: the probe stays as it was, across deployments.
            var kept = p.Value.Findings.Where(Inside).ToList();
            if (kept.Count == p.Value.Findings.Count || kept.Count > 0 && !kept.Exists(Decides))
            {
                return p.Value;
            }

            var outcome = ControlJudge.OutcomeOf(kept);
            var why = $"the checklist names the deployment it runs ({names}); findings elsewhere left out";
            return p.Value with { Outcome = outcome, Findings = kept, Summary = kept.Count == 0 ? $"nothing in the named deployment; {why}" : $"{FindingSummary.Of(kept)}; {why}" };
        }, StringComparer.Ordinal);
    }

    // A relative path ending in .yml/.yaml, made of path characters; bounded, so no backtracking can run away.
    [GeneratedRegex(@"(?<![\w./-])[\w.-]{1,80}(?:/[\w.-]{1,80}){0,8}\.ya?ml\b", RegexOptions.CultureInvariant)]
    private static partial Regex YamlPath();
}
