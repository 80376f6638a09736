using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Kubernetes;

/// <summary>Every container sets securityContext.readOnlyRootFilesystem: true (a pod-level setting does not exist in Kubernetes).</summary>
public sealed class KubeReadOnlyRootFilesystem : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        KubeManifests.Judge(context, w => w.Containers.Count > 0, w => Judge(context, w), "no Kubernetes workload");

    private static IEnumerable<Finding> Judge(ProbeContext context, KubeObject workload)
    {
        foreach (var container in workload.Containers)
        {
            var name = workload.Describe(container);
            var setting = container["securityContext"]?.Entry("readOnlyRootFilesystem");
            yield return setting switch
            {
                { Value.IsTrue: true } => context.AtLine(Outcome.Pass, workload.Doc, setting.Line, $"{name} has a read-only root filesystem"),
                not null => context.AtLine(Outcome.Fail, workload.Doc, setting.Line, $"{name} sets readOnlyRootFilesystem: {setting.Value.Text}"),
                null => context.AtLine(Outcome.Fail, workload.Doc, KubeObject.ContainerLine(container),
                    $"{name} does not set readOnlyRootFilesystem: true, so a compromised process can rewrite the image's files"),
            };
        }
    }
}
