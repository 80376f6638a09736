using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Kubernetes;

/// <summary>Every container requests CPU or memory (so the scheduler can place it) and has a memory limit (so it cannot starve the node).</summary>
public sealed class KubeResourceLimits : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        KubeManifests.Judge(context, w => w.Containers.Count > 0, w => Judge(context, w), "no Kubernetes workload");

    private static IEnumerable<Finding> Judge(ProbeContext context, KubeObject workload)
    {
        foreach (var container in workload.Containers)
        {
            var resources = container.Entry("resources");
            var missing = new List<string>();
            if (resources?.Value["requests"] is not { IsMapping: true } requests || requests.Entries.Count == 0)
            {
                missing.Add("requests");
            }

            if (resources?.Value.At("limits", "memory") is null)
            {
                missing.Add("a memory limit");
            }

            var name = workload.Describe(container);
            yield return missing.Count == 0
                ? context.AtLine(Outcome.Pass, workload.Doc, resources!.Line, $"{name} has resource requests and a memory limit")
                : context.AtLine(Outcome.Fail, workload.Doc, resources?.Line ?? KubeObject.ContainerLine(container), $"{name} has no {string.Join(" and no ", missing)}");
        }
    }
}
