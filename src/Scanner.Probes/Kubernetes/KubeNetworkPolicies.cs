using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Kubernetes;

/// <summary>
/// Every workload's pods are selected by a NetworkPolicy in their namespace (an empty podSelector selects them all;
/// matchLabels must be among the pod template's labels). Selectors this probe cannot evaluate (matchExpressions,
/// Calico selector strings) and labels a kustomization may add leave a workload undecided rather than failed.
/// </summary>
public sealed class KubeNetworkPolicies : IProbe
{
    private enum Selects { No, Yes, Unsure }

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var objects = KubeManifests.Read(context, findings);
        var workloads = objects.Where(o => o.IsLongRunning || o.Kind == "Pod").ToList();
        if (workloads.Count == 0)
        {
            return findings.Count > 0 ? findings : [context.NotApplicable("no Kubernetes workload")];
        }

        var policies = objects.Where(o => o.Kind is "NetworkPolicy" or "CiliumNetworkPolicy" or "CiliumClusterwideNetworkPolicy" or "GlobalNetworkPolicy").ToList();
        var kustomized = context.Workspace.Files.Any(f => f.Path.EndsWith("kustomization.yaml", StringComparison.Ordinal) || f.Path.EndsWith("kustomization.yml", StringComparison.Ordinal));
        foreach (var workload in workloads)
        {
            var judged = policies.Select(p => (Policy: p, Selects: Judge(p, workload))).ToList();
            if (judged.FirstOrDefault(j => j.Selects == Selects.Yes).Policy is { } policy)
            {
                findings.Add(context.AtLine(Outcome.Pass, workload.Doc, workload.Line, $"{workload}'s pods are selected by {policy} ({policy.Doc.Path}:{policy.Line})"));
            }
            else if (judged.FirstOrDefault(j => j.Selects == Selects.Unsure).Policy is { } unsure)
            {
                findings.Add(context.Inconclusive($"{workload}: {unsure} ({unsure.Doc.Path}:{unsure.Line}) uses a selector this probe does not evaluate", new SourceLocation(workload.Doc.Path, workload.Line)));
            }
            else if (policies.Count > 0 && kustomized)
            {
                findings.Add(context.Inconclusive($"{workload}: no NetworkPolicy selects its labels as written, but a kustomization may add the labels a policy selects", new SourceLocation(workload.Doc.Path, workload.Line)));
            }
            else
            {
                findings.Add(context.AtLine(Outcome.Fail, workload.Doc, workload.Line, policies.Count == 0
                    ? $"{workload}: no NetworkPolicy in the repository, so every pod in the cluster can reach its pods"
                    : $"{workload}: none of the {policies.Count} NetworkPolicy object(s) selects its pods, so every pod in the cluster can reach them"));
            }
        }

        return findings;
    }

    private static Selects Judge(KubeObject policy, KubeObject workload)
    {
        var clusterWide = policy.Kind is "CiliumClusterwideNetworkPolicy" or "GlobalNetworkPolicy";
        if (!clusterWide && Namespace(policy.Root) is { } ns && Namespace(workload.Root) is { } own && ns != own)
        {
            return Selects.No;
        }

        var spec = policy.Root["spec"];
        if (spec?["selector"] is { IsScalar: true } calico)
        {
            return calico.Text.Trim() is "" or "all()" ? Selects.Yes : Selects.Unsure;
        }

        var selector = spec?["podSelector"] ?? spec?["endpointSelector"];
        if (selector is null)
        {
            return spec is null ? Selects.No : Selects.Unsure;
        }

        if (selector["matchExpressions"] is { Items.Count: > 0 })
        {
            return Selects.Unsure;
        }

        var wanted = selector["matchLabels"]?.Entries ?? [];
        var labels = Labels(workload);
        return wanted.All(w => labels.TryGetValue(w.Name, out var value) && value == w.Value.Text) ? Selects.Yes : Selects.No;
    }

    private static string? Namespace(YamlNode root) => root.At("metadata", "namespace")?.Text is { Length: > 0 } ns ? ns : null;

    private static Dictionary<string, string> Labels(KubeObject workload)
    {
        var metadata = workload.Kind switch
        {
            "Pod" => workload.Root["metadata"],
            "CronJob" => workload.Root.At("spec", "jobTemplate", "spec", "template", "metadata"),
            _ => workload.Root.At("spec", "template", "metadata"),
        };
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in metadata?["labels"]?.Entries ?? [])
        {
            labels[entry.Name] = entry.Value.Text;
        }

        return labels;
    }
}
