using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Kubernetes;

/// <summary>Deployments and StatefulSets run more than one replica, set directly or as an autoscaler's minReplicas.</summary>
public sealed class KubeReplicas : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var objects = KubeManifests.Read(context, findings);
        var autoscalers = objects.Where(o => o.Kind == "HorizontalPodAutoscaler").ToList();
        foreach (var workload in objects.Where(o => o.Kind is "Deployment" or "StatefulSet"))
        {
            var hpa = autoscalers.FirstOrDefault(h => h.Root.At("spec", "scaleTargetRef", "name")?.Text == workload.Name
                && h.Root.At("spec", "scaleTargetRef", "kind")?.Text == workload.Kind);
            var source = hpa is not null ? hpa.Root["spec"]?.Entry("minReplicas") : workload.Root["spec"]?.Entry("replicas");
            var doc = (hpa ?? workload).Doc;
            var count = source is not null && int.TryParse(source.Value.Text, out var n) ? n : (int?)null;
            var what = hpa is not null ? $"{workload} is autoscaled by {hpa.Name} with minReplicas" : $"{workload} runs";
            findings.Add(count switch
            {
                > 1 => context.AtLine(Outcome.Pass, doc, source!.Line, $"{what} {count} replicas"),
                null when source is not null => context.AtLine(Outcome.Inconclusive, doc, source.Line, $"{what} {source.Value.Text} replicas, set elsewhere"),
                null => context.AtLine(Outcome.Fail, doc, hpa?.Line ?? workload.Line, $"{what} 1 replica by default: one node drain or crash is an outage"),
                _ => context.AtLine(Outcome.Fail, doc, source!.Line, $"{what} {count} replica(s): one node drain or crash is an outage"),
            });
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no Kubernetes Deployment or StatefulSet")];
    }
}
