using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Kubernetes;

/// <summary>Every container of a long-running workload has a livenessProbe and a readinessProbe.</summary>
public sealed class KubeProbes : IProbe
{
    private static readonly string[] Required = ["livenessProbe", "readinessProbe"];

    public IEnumerable<Finding> Run(ProbeContext context) =>
        KubeManifests.Judge(context, w => w.IsLongRunning && w.Containers.Count > 0, w => Judge(context, w), "no long-running Kubernetes workload");

    private static IEnumerable<Finding> Judge(ProbeContext context, KubeObject workload)
    {
        foreach (var container in workload.Containers)
        {
            var name = workload.Describe(container);
            var missing = Required.Where(p => container.Entry(p) is null).ToList();
            yield return missing.Count == 0
                ? context.AtLine(Outcome.Pass, workload.Doc, container.Entry("readinessProbe")!.Line, $"{name} has liveness and readiness probes")
                : context.AtLine(Outcome.Fail, workload.Doc, KubeObject.ContainerLine(container), $"{name} has no {string.Join(" and no ", missing)}");
        }
    }
}
